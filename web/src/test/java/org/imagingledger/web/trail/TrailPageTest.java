package org.imagingledger.web.trail;

import java.util.List;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TrailPageTest extends ApiTestSupport {

    @Test
    void trailPageShowsTheEventsOfARecord() throws Exception {
        TestNode node = registerNode("IT");
        String dataset = registerDataset(node, List.of("GRU"), null, false);
        mvc.perform(MockMvcRequestBuilders.get("/trail/" + dataset).with(as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("DatasetRegistered")));
    }

    @Test
    void trailPageOfAnUnknownRecordIsNotFoundNotAnError() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/trail/no-such-record").with(as(Role.AUDITOR)))
                .andExpect(status().isNotFound());
    }

    @Test
    void researchersDoNotSeeTrails() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/trail/anything").with(as(Role.RESEARCHER)))
                .andExpect(status().isForbidden());
    }
}
