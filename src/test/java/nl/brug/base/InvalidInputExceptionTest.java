package nl.brug.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A refusal keeps its problems in the order found, each with its arguments. */
class InvalidInputExceptionTest {

    @Test
    void problemsKeepTheOrderInWhichTheyWereFound() {
        InputProblems problems = InputProblems.none();
        List<String> fields = List.of("title", "kind", "description", "municipality", "neighbourhood",
                "procedureReference", "procedureDeadline", "source", "theme", "urgency");
        fields.forEach(field -> problems.put(field, "field.required"));

        InvalidInputException refusal = problems.toException();

        assertThat(refusal.errors()).extracting(FieldError::field).containsExactlyElementsOf(fields);
        // Map.copyOf, used before, lost this order; the message area then read the messages in any order.
        assertThat(refusal.fieldMessageKeys().keySet()).containsExactlyElementsOf(fields);
    }

    @Test
    void theMapConstructorKeepsItsOrderToo() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("to", "field.period.toBeforeFrom");
        keys.put("from", "field.required");
        keys.put("amount", "field.required");

        assertThat(new InvalidInputException(keys).fieldMessageKeys()).containsExactly(
                Map.entry("to", "field.period.toBeforeFrom"), Map.entry("from", "field.required"),
                Map.entry("amount", "field.required"));
    }

    @Test
    void oneProblemPerFieldTheLaterReplacingUnlessAskedToKeep() {
        InputProblems problems = InputProblems.of("end", "session.endBeforeStart")
                .putIfAbsent("end", "session.multiDay")
                .put("start", "session.beforeRegistration");
        assertThat(problems.errors()).containsExactly(FieldError.of("end", "session.endBeforeStart"),
                FieldError.of("start", "session.beforeRegistration"));

        problems.put("end", "field.required");
        assertThat(problems.toException().errorFor("end")).contains(FieldError.of("end", "field.required"));
    }

    @Test
    void tooLongTextCarriesItsLimitAsArgument() {
        assertThat(TextRules.problemWith("title", "t".repeat(201), 200))
                .contains(new FieldError("title", TextRules.TOO_LONG, List.of(200)));
        assertThat(TextRules.problemWith("title", "  " + "t".repeat(200) + "  ", 200)).as("counted stripped")
                .isEmpty();
        assertThat(TextRules.problemWith("title", "Burenruzie\u202E", 200))
                .contains(FieldError.of("title", TextRules.HIDDEN_CHARACTERS));
    }
}
