package org.imagingledger.web.config;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refused form, carried to the page shown again (flash scope, stored with the session): which
 * form was posted ({@code _form}), every value it carried, each error under the name of the input
 * it belongs to, and the lines of the banner (each field named by its visible label), all worded
 * in the page's language.
 */
public record Refusal(
        String form, Map<String, List<String>> values, Map<String, List<String>> fieldErrors, List<String> lines)
        implements Serializable {

    public Refusal {
        values = new LinkedHashMap<>(values);
        fieldErrors = new LinkedHashMap<>(fieldErrors);
        lines = new ArrayList<>(lines);
    }

    public boolean isFor(String formId) {
        return form != null && form.equals(formId);
    }
}
