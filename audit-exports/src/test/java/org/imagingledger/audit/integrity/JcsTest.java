package org.imagingledger.audit.integrity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The examples of RFC 8785 (JSON Canonicalization Scheme), §3.2.2, §3.2.3 and Appendix B. */
class JcsTest {

    @Test
    void rfc8785Section322Example() {
        String input =
                "{\n  \"numbers\": [333333333.33333329, 1E30, 4.50,\n                2e-3, 0.000000000000000000000000001],\n"
                        + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
                        + "  \"literals\": [null, true, false]\n}";
        assertThat(Jcs.canonicalize(Json.parse(input)))
                .isEqualTo("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void rfc8785Section323SortsByUtf16CodeUnits() {
        String input =
                "{\"\\u20ac\": \"Euro Sign\", \"\\r\": \"Carriage Return\", \"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\","
                        + " \"1\": \"One\", \"\\ud83d\\ude00\": \"Emoji: Grinning Face\", \"\\u0080\": \"Control\","
                        + " \"\\u00f6\": \"Latin Small Letter O With Diaeresis\"}";
        assertThat(Jcs.canonicalize(Json.parse(input)))
                .isEqualTo(
                        "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"ö\":\"Latin Small Letter O With Diaeresis\","
                                + "\"€\":\"Euro Sign\",\"😀\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void rfc8785Section3222Utf8Bytes() {
        // The RFC gives the UTF-8 of the §3.2.2 string "€$\u000f\nA'B\"\\\\\"/" as hex.
        byte[] bytes = Jcs.canonicalBytes("€$\u000f\nA'B\"\\\\\"/");
        assertThat(Hex.encode(bytes)).isEqualTo("22e282ac245c75303030665c6e4127425c225c5c5c5c5c222f22");
    }

    @ParameterizedTest
    @CsvSource({
        "0000000000000000, 0",
        "8000000000000000, 0",
        "0000000000000001, 5e-324",
        "8000000000000001, -5e-324",
        "7fefffffffffffff, 1.7976931348623157e+308",
        "ffefffffffffffff, -1.7976931348623157e+308",
        "4340000000000000, 9007199254740992",
        "c340000000000000, -9007199254740992",
        "4430000000000000, 295147905179352830000",
        "44b52d02c7e14af5, 9.999999999999997e+22",
        "44b52d02c7e14af6, 1e+23",
        "44b52d02c7e14af7, 1.0000000000000001e+23",
        "444b1ae4d6e2ef4e, 999999999999999700000",
        "444b1ae4d6e2ef4f, 999999999999999900000",
        "444b1ae4d6e2ef50, 1e+21",
        "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
        "3eb0c6f7a0b5ed8d, 0.000001",
        "41b3de4355555553, 333333333.3333332",
        "41b3de4355555554, 333333333.33333325",
        "41b3de4355555555, 333333333.3333333",
        "41b3de4355555556, 333333333.3333334",
        "41b3de4355555557, 333333333.33333343",
        "becbf647612f3696, -0.0000033333333333333333",
        "43143ff3c1cb0959, 1424953923781206.2"
    })
    void rfc8785AppendixBNumbers(String ieee754, String expected) {
        double d = Double.longBitsToDouble(Long.parseUnsignedLong(ieee754, 16));
        assertThat(Jcs.canonicalize(d)).isEqualTo(expected);
    }

    @Test
    void refusesWhatIJsonForbids() {
        assertThatThrownBy(() -> Json.parse("{\"a\":1,\"a\":2}")).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> Json.parse("\"\\ud800\"")).hasMessageContaining("surrogate");
        assertThatThrownBy(() -> Json.parse("1e400")).hasMessageContaining("range");
        assertThatThrownBy(() -> Json.parse("{} x")).hasMessageContaining("after the value");
        assertThatThrownBy(() -> Jcs.canonicalize(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
