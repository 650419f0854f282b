package org.imagingledger.web.access;

import java.util.List;
import java.util.Map;
import org.imagingledger.application.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of decision support: the request page's purpose checks, documents and discussion for
 * each role, in English and Italian without a missing message; the inbox with its count in the
 * navigation bar; the deputy chairs; pagers under the lists.
 */
class DecisionSupportPagesTest extends DecisionSupportTestSupport {

    private String html(String path, org.springframework.test.web.servlet.request.RequestPostProcessor who)
            throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void noMissingMessages(String page) {
        assertThat(page).as("a message key without text renders as ??key??").doesNotContain("??");
    }

    @Test
    void theRequestPageShowsChecksDocumentsAndTheDiscussionToEachRole() throws Exception {
        String hmb = registerDataset(holder, List.of("HMB", "IRB"), null, false);
        String id = draft(generalResearch(List.of(hmb, openDataset), List.of(teamMember)));

        String draftPage = html("/requests/" + id, researcher);
        assertThat(draftPage)
                .contains("id=\"purpose-preview\"", "id=\"ethics-missing\"", "id=\"document-form\"")
                .contains("not compatible", "the dataset allows health, medical or biomedical research only (HMB)");
        noMissingMessages(draftPage);

        attached(id, "ETHICS_APPROVAL", "ethics.pdf", pdf("ethics"));
        submit(id);
        reviewed(id);
        post(BASE + "/" + id + "/comments", Map.of("text", "Only the GRU set fits the purpose."), DORA);
        post(BASE + "/" + id + "/questions", Map.of("text", "Could you narrow the purpose to HMB?"), DIRK);

        String chair = html("/requests/" + id, CHAIR);
        assertThat(chair)
                .contains("id=\"purpose-checks\"", "id=\"override-" + hmb + "\"", "id=\"grant-preview\"")
                .contains("id=\"recheck-form\"", "id=\"chair-conflict-form\"", "id=\"comment-form\"", "id=\"ask-form\"")
                .contains("Only the GRU set fits the purpose.", "ethics.pdf", "/requests/" + id + "/documents/");
        noMissingMessages(chair);
        String italian = html("/requests/" + id + "?lang=it", CHAIR);
        assertThat(italian).contains("Verifica della finalità", "non compatibile", "Discussione del panel");
        noMissingMessages(italian);

        String applicant = html("/requests/" + id, researcher);
        assertThat(applicant)
                .contains("id=\"purpose-checks\"", "Could you narrow the purpose to HMB?", "answer-form")
                .doesNotContain("Only the GRU set fits the purpose.", "id=\"override-", "id=\"comment-form\"");
        noMissingMessages(applicant);
        String reviewer = html("/requests/" + id, DORA);
        assertThat(reviewer).contains("Only the GRU set fits the purpose.").doesNotContain("id=\"override-");
        String member = html("/requests/" + id, DIANA);
        assertThat(member).doesNotContain("Only the GRU set fits the purpose.", "/documents/doc-");
    }

    @Test
    void theFormsRecordOverridesUploadsAndAnswersAndAskToConfirmWhatCannotBeUndone() throws Exception {
        String hmb = registerDataset(holder, List.of("HMB"), null, false);
        String id = draft(generalResearch(List.of(hmb, openDataset), List.of()));
        mvc.perform(MockMvcRequestBuilders.multipart("/requests/" + id + "/documents")
                        .file(new MockMultipartFile("file", "protocol.pdf", "application/pdf", pdf("protocol")))
                        .param("kind", "PROTOCOL")
                        .with(researcher)
                        .with(csrf()))
                .andExpect(redirectedUrl("/requests/" + id + "#documents"))
                .andExpect(flash().attributeExists("message"));
        mvc.perform(MockMvcRequestBuilders.multipart("/requests/" + id + "/documents")
                        .file(new MockMultipartFile("file", "fake.pdf", "application/pdf", "hello".getBytes()))
                        .param("kind", "PROTOCOL")
                        .with(researcher)
                        .with(csrf()))
                .andExpect(flash().attributeExists("errors"));
        submit(id);
        reviewed(id);

        long before = events();
        mvc.perform(MockMvcRequestBuilders.post("/requests/" + id + "/purpose-checks/" + hmb + "/override")
                        .param("reason", "agreed with the node")
                        .with(CHAIR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/requests/" + id))
                .andExpect(flash().attributeExists("errors"));
        assertThat(events()).isEqualTo(before);
        mvc.perform(MockMvcRequestBuilders.post("/requests/" + id + "/purpose-checks/" + hmb + "/override")
                        .param("reason", "agreed with the node")
                        .param("confirm", "true")
                        .with(CHAIR)
                        .with(csrf()))
                .andExpect(flash().attributeExists("message"));
        assertThat(events()).isEqualTo(before + 1);

        String question = post(BASE + "/" + id + "/questions", Map.of("text", "Consent form?"), DIRK)
                .get("id")
                .asText();
        mvc.perform(MockMvcRequestBuilders.post("/requests/" + id + "/questions/" + question + "/answer")
                        .param("text", "Attached as protocol annex B.")
                        .with(researcher)
                        .with(csrf()))
                .andExpect(flash().attributeExists("message"));
        assertThat(get(BASE + "/" + id, DORA)
                        .get("questions")
                        .get(0)
                        .get("answer")
                        .asText())
                .isEqualTo("Attached as protocol annex B.");

        byte[] downloaded = mvc.perform(MockMvcRequestBuilders.get(get(BASE + "/" + id, CHAIR)
                                .get("documents")
                                .get(0)
                                .get("href")
                                .asText()
                                .replace("/api/v1/access-requests", "/requests"))
                        .with(CHAIR))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.header().string("Content-Disposition", containsString("protocol.pdf")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf("protocol"));
    }

    @Test
    void theInboxPageListsTheWorkAndTheNavigationBarCountsIt() throws Exception {
        String id = submitted();
        post(BASE + "/" + id + "/reviewers", Map.of("reviewers", List.of("dora.dac", "dirk.dac")), CHAIR);
        String question = post(BASE + "/" + id + "/questions", Map.of("text", "Which consent form version?"), DORA)
                .get("id")
                .asText();
        String inbox = html("/inbox", researcher);
        assertThat(inbox).contains("id=\"inbox-questions\"", "Which consent form version?", "id=\"inbox-count\"");
        noMissingMessages(inbox);
        String home = html("/", researcher);
        assertThat(home).containsPattern("id=\"inbox-count\">1<");
        String dirk = html("/inbox?lang=it", DIRK);
        assertThat(dirk).contains("id=\"inbox-votes\"", "/requests/" + id, "Revisioni che attendono il tuo voto");
        noMissingMessages(dirk);
        post(BASE + "/" + id + "/questions/" + question + "/answer", Map.of("text", "v3"), researcher);
        assertThat(html("/inbox", researcher)).contains("id=\"inbox-empty\"").doesNotContain("id=\"inbox-count\"");
    }

    @Test
    void anAdminGrantsAndRevokesDeputiesOnTheirPage() throws Exception {
        String person = unique("deputy");
        register(person, Role.DAC_MEMBER);
        String page = html("/deputies", ADMIN);
        assertThat(page).contains("id=\"grant-form\"", person);
        noMissingMessages(page);
        assertThat(html("/deputies", AUDITOR)).doesNotContain("id=\"grant-form\"");
        mvc.perform(MockMvcRequestBuilders.post("/deputies")
                        .param("person", person)
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(redirectedUrl("/deputies"))
                .andExpect(flash().attributeExists("message"));
        assertThat(html("/deputies", ADMIN)).contains("id=\"deputy-" + person + "\"");
        // the deputy now has the chair's pages
        String id = decidable();
        assertThat(html("/requests/" + id, as(person, Role.DAC_MEMBER))).contains("id=\"decision-form\"");
        mvc.perform(MockMvcRequestBuilders.post("/deputies/" + person + "/revoke")
                        .param("reason", "the chair is back")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(flash().attributeExists("message"));
        assertThat(html("/requests/" + id, as(person, Role.DAC_MEMBER))).doesNotContain("id=\"decision-form\"");
    }

    @Test
    void listPagesShowOnePageOfRowsWithAPager() throws Exception {
        String marker = unique("Pager");
        for (int i = 0; i < 3; i++) {
            Map<String, Object> content = generalResearch(List.of(openDataset), List.of());
            content.put("title", marker + " " + i);
            draft(content);
        }
        String first = html("/requests?title=" + marker + "&size=2", researcher);
        assertThat(first).contains("Rows 1–2 of 3", "rel=\"next\"").doesNotContain("rel=\"prev\"");
        assertThat(first.split(marker + " ", -1).length - 1)
                .as("rows of the title on the page")
                .isEqualTo(2);
        String second = html("/requests?title=" + marker + "&size=2&page=1", researcher);
        assertThat(second).contains("Rows 3–3 of 3", "rel=\"prev\"");
        for (String page : List.of("/permits", "/notices", "/catalogue", "/decisions", "/policies", "/deputies")) {
            String body = html(page, as("pager.tester", Role.AUDITOR, Role.DAC_MEMBER));
            noMissingMessages(body);
        }
        mvc.perform(MockMvcRequestBuilders.get("/requests?status=SOMETIMES").with(CHAIR))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content().string(containsString("flash error")));
        mvc.perform(MockMvcRequestBuilders.get("/requests?size=0&page=-3").with(CHAIR))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content().string(not(containsString("flash error"))));
    }
}
