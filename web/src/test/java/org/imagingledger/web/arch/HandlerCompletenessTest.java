package org.imagingledger.web.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message of the domain's api packages is accounted for. A record used as a field of
 * another api record is a value; one handled by an event sourcing or event handler is an event;
 * every other record is a command, and has exactly one command handler. Every event is kept by a
 * projection, or is listed below as deliberately not projected, with the reason.
 */
class HandlerCompletenessTest {

    /** Events that no view needs, and why. */
    private static final Map<String, String> NOT_PROJECTED = Map.of(
            "CheckpointRecorded", "checkpoints are read from the event log itself by the audit engine",
            "ExportRecorded", "an export is a fact of the trail; auditors find it there and in later exports");

    private static JavaClasses classes;
    private static Set<String> apiRecords;
    private static Set<String> values;
    private static Map<String, Integer> commandHandlers;
    private static Set<String> sourced;
    private static Set<String> projected;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.imagingledger");
        apiRecords = new TreeSet<>();
        values = new HashSet<>();
        for (JavaClass c : classes) {
            if (c.getPackageName().matches("org\\.imagingledger\\.domain\\.\\w+\\.api") && c.isRecord()) {
                apiRecords.add(c.getName());
            }
        }
        for (JavaClass c : classes) {
            if (apiRecords.contains(c.getName())) {
                for (JavaField field : c.getFields()) {
                    field.getType().getAllInvolvedRawTypes().forEach(t -> values.add(t.getName()));
                }
            }
        }
        values.retainAll(apiRecords);
        commandHandlers = new HashMap<>();
        sourced = new HashSet<>();
        projected = new HashSet<>();
        for (JavaClass c : classes) {
            for (JavaCodeUnit unit : c.getCodeUnits()) {
                List<JavaClass> params = unit.getRawParameterTypes();
                if (params.isEmpty()) {
                    continue;
                }
                String first = params.get(0).getName();
                if (unit.isAnnotatedWith(CommandHandler.class)) {
                    commandHandlers.merge(first, 1, Integer::sum);
                }
                if (unit.isAnnotatedWith(EventSourcingHandler.class)) {
                    sourced.add(first);
                }
                if (unit.isAnnotatedWith(EventHandler.class)
                        && c.getPackageName().startsWith("org.imagingledger.projections")) {
                    projected.add(first);
                }
            }
        }
    }

    @Test
    void theApiPackagesHoldCommandsEventsAndValues() {
        assertThat(apiRecords).hasSizeGreaterThan(50);
        assertThat(commands()).hasSizeGreaterThan(20);
        assertThat(events()).hasSizeGreaterThan(20);
    }

    @Test
    void everyCommandHasExactlyOneHandler() {
        Map<String, Integer> wrong = new TreeMap<>();
        for (String command : commands()) {
            int handlers = commandHandlers.getOrDefault(command, 0);
            if (handlers != 1) {
                wrong.put(simple(command), handlers);
            }
        }
        assertThat(wrong)
                .as("commands (or events nobody handles) without exactly one command handler")
                .isEmpty();
    }

    @Test
    void everyEventIsProjectedOrDeliberatelyNot() {
        Set<String> unaccounted = new TreeSet<>();
        for (String event : events()) {
            if (!projected.contains(event) && !NOT_PROJECTED.containsKey(simple(event))) {
                unaccounted.add(simple(event));
            }
        }
        assertThat(unaccounted)
                .as("events neither projected nor listed in NOT_PROJECTED")
                .isEmpty();
        Set<String> eventNames = new HashSet<>();
        events().forEach(e -> eventNames.add(simple(e)));
        assertThat(eventNames).as("NOT_PROJECTED names only events").containsAll(NOT_PROJECTED.keySet());
        NOT_PROJECTED
                .keySet()
                .forEach(name -> assertThat(projected.stream().map(HandlerCompletenessTest::simple))
                        .as(name + " is listed as not projected but a projection handles it")
                        .doesNotContain(name));
    }

    private static Set<String> events() {
        Set<String> events = new TreeSet<>();
        for (String record : apiRecords) {
            if (!values.contains(record) && (sourced.contains(record) || projected.contains(record))) {
                events.add(record);
            }
        }
        return events;
    }

    private static Set<String> commands() {
        Set<String> commands = new TreeSet<>(apiRecords);
        commands.removeAll(values);
        commands.removeAll(events());
        return commands;
    }

    private static String simple(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
