package org.imagingledger.web.config;

import java.util.List;
import java.util.stream.Collectors;
import org.imagingledger.domain.shared.DuoTerms;
import org.imagingledger.domain.shared.MondoTerms;
import org.springframework.stereotype.Component;

/** Vocabulary labels for the templates: {@code ${@labels.duo(codes)}}. */
@Component("labels")
public class Labels {

    public String duo(List<String> codes) {
        return codes == null ? "" : codes.stream().map(DuoTerms::label).collect(Collectors.joining(", "));
    }

    public String duo(String code) {
        return DuoTerms.label(code);
    }

    public String mondo(String id) {
        return id == null ? "" : MondoTerms.label(id);
    }
}
