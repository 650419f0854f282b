package org.imagingledger.web.config;

import java.util.List;
import org.imagingledger.domain.shared.CommandRejected;

/** The JSON body of every refused API call. */
public record ApiError(int status, String error, String message, List<CommandRejected.Violation> violations) {
}
