package org.imagingledger.web.config;

import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.imagingledger.domain.shared.CommandRejected;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a form page shows when a command is refused: each field and rule, then back to the form. */
public final class UiErrors {

    private UiErrors() {}

    /** Runs a command for a form; on refusal puts the reasons in the flash scope and returns false. */
    public static boolean attempt(RedirectAttributes redirect, Runnable command) {
        try {
            command.run();
            return true;
        } catch (CommandRejected e) {
            redirect.addFlashAttribute("errors", reasons(e));
        } catch (AggregateNotFoundException e) {
            redirect.addFlashAttribute("errors", List.of("no such record: " + e.getAggregateIdentifier()));
        } catch (CommandExecutionException e) {
            redirect.addFlashAttribute("errors", List.of(String.valueOf(e.getMessage())));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return false;
    }

    /** Each field and rule of a refusal, for a page that shows it in place (a GET form's filters). */
    public static List<String> reasons(CommandRejected e) {
        return problems == null ? List.of(e.getMessage()) : problems.lines(e);
    }

    private static Problems problems;

    /** Set once at start-up: the wording of refusals in the page's language. */
    @org.springframework.stereotype.Component
    static class Wiring {
        Wiring(Problems bean) {
            problems = bean;
        }
    }
}
