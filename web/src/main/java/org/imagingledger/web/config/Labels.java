package org.imagingledger.web.config;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.imagingledger.domain.shared.DuoTerms;
import org.imagingledger.domain.shared.MondoTerms;
import org.springframework.stereotype.Component;

/** Vocabulary labels for the templates: {@code ${@labels.duo(codes)}}. */
@Component("labels")
public class Labels {

    private static final Pattern GENERATED =
            Pattern.compile("(.*-)?([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public String duo(List<String> codes) {
        return codes == null ? "" : codes.stream().map(DuoTerms::label).collect(Collectors.joining(", "));
    }

    public String duo(String code) {
        return DuoTerms.label(code);
    }

    /**
     * A generated id (prefix and UUID, e.g. permit-4734dbb0-2ba8-…) cut after the UUID's first
     * group for narrow table columns, where the whole id broke over five lines; the pages put
     * the whole id in a tooltip and on the record's own page. Other ids are left whole.
     */
    public String shortId(String id) {
        if (id == null) {
            return "";
        }
        var m = GENERATED.matcher(id);
        return m.matches() ? (m.group(1) == null ? "" : m.group(1)) + m.group(2) + "…" : id;
    }

    public String mondo(String id) {
        return id == null ? "" : MondoTerms.label(id);
    }
}
