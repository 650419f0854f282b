package org.imagingledger.domain.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The Mondo cancer subset and the ISO 3166-1 country codes the commands accept. */
class VocabulariesTest {

    @ParameterizedTest(name = "''{0}'' is a shipped Mondo id: {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            MONDO:0007254       | true
            MONDO:0004992       | true
            MONDO:0008903       | true
            MONDO:0005070       | true
            ' MONDO:0007254 '   | true
            mondo:0007254       | false
            MONDO:7254          | false
            MONDO:9999999       | false
            MONDO:123           | false
            DUO:0000007         | false
            breast cancer       | false
            ''                  | false
            none                | false
            """)
    void mondoTerms(String id, boolean known) {
        assertThat(MondoTerms.contains(id)).isEqualTo(known);
    }

    @ParameterizedTest(name = "''{0}'' is an ISO 3166-1 alpha-2 code: {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            IT      | true
            NL      | true
            DE      | true
            GB      | true
            it      | false
            UK      | false
            EL      | false
            ITA     | false
            Italy   | false
            ' IT'   | false
            ''      | false
            none    | false
            """)
    void countries(String code, boolean iso) {
        assertThat(Countries.isIso(code)).isEqualTo(iso);
    }
}
