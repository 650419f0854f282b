package org.imagingledger.web.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.ContentResultMatchers;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The access pages render for the right people, and their forms record events (with CSRF). */
class AccessPagesTest extends AccessTestSupport {

    private static MockHttpServletRequestBuilder page(String path) {
        return MockMvcRequestBuilders.get(path);
    }

    private static MockHttpServletRequestBuilder form(String path) {
        return MockMvcRequestBuilders.post(path);
    }

    private static ContentResultMatchers html() {
        return MockMvcResultMatchers.content();
    }

    @Test
    void queueShowsChartAndOverdueFirstToTheDac() throws Exception {
        String id = submitted();
        mvc.perform(page("/requests").with(CHAIR))
                .andExpect(status().isOk())
                .andExpect(html().string(containsString("id=\"status-chart\"")))
                .andExpect(html().string(containsString("/requests/" + id)))
                .andExpect(html().string(containsString("DAC queue")));
        mvc.perform(page("/requests").param("lang", "it").with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(html().string(containsString("Coda del DAC")))
                .andExpect(html().string(containsString("In revisione")));
    }

    @Test
    void researcherSeesOnlyTheirOwnRequests() throws Exception {
        String mine = draft();
        String theirs = post(BASE, content(List.of(openDataset)), as(unique("eve"), Role.RESEARCHER))
                .get("id")
                .asText();
        mvc.perform(page("/requests").with(researcher))
                .andExpect(status().isOk())
                .andExpect(html().string(containsString("My requests")))
                .andExpect(html().string(containsString("/requests/" + mine)))
                .andExpect(html().string(not(containsString("/requests/" + theirs))))
                .andExpect(html().string(not(containsString("status-chart"))));
        mvc.perform(page("/requests/" + theirs).with(researcher)).andExpect(status().isNotFound());
        mvc.perform(page("/requests/req-nowhere").with(CHAIR)).andExpect(status().isNotFound());
    }

    @Test
    void requestPageShowsTimelineAndTheFormsOfEachRole() throws Exception {
        String id = submitted();
        mvc.perform(page("/requests/" + id).with(CHAIR))
                .andExpect(status().isOk())
                .andExpect(html().string(containsString("AccessRequestSubmitted")))
                .andExpect(html().string(containsString("id=\"reviewers-form\"")))
                .andExpect(html().string(containsString("id=\"decision-form\"")))
                .andExpect(html().string(containsString("id=\"extension-form\"")))
                .andExpect(html().string(not(containsString("id=\"withdraw-form\""))));
        mvc.perform(page("/requests/" + id).with(researcher))
                .andExpect(status().isOk())
                .andExpect(html().string(containsString("id=\"withdraw-form\"")))
                .andExpect(html().string(not(containsString("id=\"decision-form\""))))
                .andExpect(html().string(not(containsString("id=\"vote-form\""))));

        post(BASE + "/" + id + "/reviewers", Map.of("reviewers", List.of("dora.dac", "dirk.dac")), CHAIR);
        mvc.perform(page("/requests/" + id).with(DORA))
                .andExpect(status().isOk())
                .andExpect(html().string(containsString("id=\"vote-form\"")))
                .andExpect(html().string(containsString("id=\"conflict-form\"")))
                .andExpect(html().string(not(containsString("id=\"reviewers-form\""))));
        mvc.perform(page("/requests/" + id).with(DIANA))
                .andExpect(status().isOk())
                .andExpect(html().string(not(containsString("id=\"vote-form\""))));
    }

    @Test
    void applicantSeesTheTrailWithoutThePanelsEvents() throws Exception {
        String id = submitted();
        post(BASE + "/" + id + "/reviewers", Map.of("reviewers", List.of("dora.dac", "dirk.dac")), CHAIR);
        post(BASE + "/" + id + "/votes", Map.of("vote", "REJECT", "comment", "too broad"), DORA);
        mvc.perform(page("/requests/" + id).with(researcher))
                .andExpect(status().isOk())
                .andExpect(html().string(containsString("AccessRequestSubmitted")))
                .andExpect(html().string(not(containsString("ReviewersAssigned"))))
                .andExpect(html().string(not(containsString("ReviewVoteCast"))))
                .andExpect(html().string(not(containsString("dora.dac"))));
        mvc.perform(page("/requests/" + id).with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(html().string(containsString("ReviewVoteCast")));
    }

    @Test
    void reviewerFormRecordsTheEventAndNeedsCsrf() throws Exception {
        String id = submitted();
        long before = events();
        mvc.perform(form("/requests/" + id + "/reviewers")
                        .with(CHAIR)
                        .param("reviewers", "dora.dac")
                        .param("moreReviewers", "dirk.dac, diana.dac"))
                .andExpect(status().isForbidden());
        assertThat(events()).isEqualTo(before);
        mvc.perform(form("/requests/" + id + "/reviewers")
                        .with(CHAIR)
                        .with(csrf())
                        .param("reviewers", "dora.dac")
                        .param("moreReviewers", "dirk.dac, diana.dac"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/requests/" + id))
                .andExpect(flash().attributeExists("message"));
        assertThat(events()).isEqualTo(before + 1);
        assertThat(request(id).get("status").asText()).isEqualTo("UNDER_REVIEW");

        mvc.perform(form("/requests/" + id + "/vote")
                        .with(DORA)
                        .with(csrf())
                        .param("vote", "APPROVE")
                        .param("comment", "sound"))
                .andExpect(status().is3xxRedirection());
        assertThat(request(id).get("votes").asInt()).isEqualTo(1);
    }

    @Test
    void refusedFormShowsTheReasonAndRecordsNothing() throws Exception {
        String id = submitted();
        long before = events();
        mvc.perform(form("/requests/" + id + "/decision")
                        .with(CHAIR)
                        .with(csrf())
                        .param("outcome", "REJECT"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/requests/" + id))
                .andExpect(flash().attributeExists("errors"));
        mvc.perform(form("/requests/" + id + "/vote")
                        .with(DORA)
                        .with(csrf())
                        .param("vote", "APPROVE")
                        .param("comment", "not on the panel"))
                .andExpect(flash().attributeExists("errors"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void researcherCreatesAndSubmitsThroughTheForm() throws Exception {
        mvc.perform(page("/requests/new").with(researcher))
                .andExpect(status().isOk())
                .andExpect(html().string(containsString("id=\"create-form\"")))
                .andExpect(html().string(containsString(openDataset)));
        LocalDate today = LocalDate.now();
        String location = mvc.perform(form("/requests/new")
                        .with(researcher)
                        .with(csrf())
                        .param("title", "Prostate MR benchmarking")
                        .param("datasets", openDataset)
                        .param("purposeCodes", "DUO:0000006")
                        .param("summary", "Benchmark segmentation models.")
                        .param("operations", "FEDERATED_BENCHMARKING")
                        .param("periodFrom", today.toString())
                        .param("periodUntil", today.plusMonths(6).toString())
                        .param("team", teamMember)
                        .param("action", "submit"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/requests/req-*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String id = location.substring("/requests/".length());
        assertThat(request(id).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(request(id).get("team").get(0).asText()).isEqualTo(teamMember);

        mvc.perform(form("/requests/new").with(researcher).with(csrf()).param("periodFrom", "someday"))
                .andExpect(redirectedUrl("/requests/new"))
                .andExpect(flash().attributeExists("errors"));
        mvc.perform(form("/requests/" + id + "/withdraw")
                        .with(researcher)
                        .with(csrf())
                        .param("reason", ""))
                .andExpect(redirectedUrl("/requests/" + id));
        assertThat(request(id).get("status").asText()).isEqualTo("WITHDRAWN");
    }
}
