package nl.brug.mediationcase.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import nl.brug.base.InputProblems;
import nl.brug.base.InvalidInputException;
import nl.brug.base.ui.Choices;
import nl.brug.base.ui.DutchDates;
import nl.brug.base.ui.FieldErrors;
import nl.brug.base.ui.TextLimits;
import nl.brug.mediationcase.CaseInputRules;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.ProcedureKind;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.Urgency;

/**
 * The facts of a case, for registering and for editing. The formal-procedure fields appear only for a
 * vertical case. Checks use {@link CaseInputRules}, the same rules the service applies.
 */
class OverviewForm extends FormLayout {

    final TextField title = new TextField();
    final Select<CaseKind> kind;
    final ComboBox<Theme> theme;
    final TextArea description = new TextArea();
    final ComboBox<Source> source;
    final TextField municipality = new TextField();
    final TextField neighbourhood = new TextField();
    final Select<Urgency> urgency;
    final Select<ProcedureKind> procedureKind;
    final TextField procedureReference = new TextField();
    final DatePicker procedureDeadline;

    OverviewForm() {
        title.setLabel(getTranslation("case.title"));
        TextLimits.limit(title, CaseOverview.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        kind = Choices.select(this, "case.kind", CaseKind.class);
        kind.setRequiredIndicatorVisible(true);
        kind.setHelperText(getTranslation("case.kind.help"));
        theme = Choices.comboBox(this, "case.theme", Theme.class);
        theme.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("case.description"));
        description.setHelperText(getTranslation("case.description.help"));
        TextLimits.limit(description, CaseOverview.DESCRIPTION_MAX);
        source = Choices.comboBox(this, "case.source", Source.class);
        source.setRequiredIndicatorVisible(true);
        municipality.setLabel(getTranslation("case.municipality"));
        TextLimits.limit(municipality, CaseOverview.PLACE_MAX);
        neighbourhood.setLabel(getTranslation("case.neighbourhood"));
        TextLimits.limit(neighbourhood, CaseOverview.PLACE_MAX);
        urgency = Choices.select(this, "case.urgency", Urgency.class);
        urgency.setValue(Urgency.NORMAL);
        procedureKind = Choices.select(this, "procedure.kind", ProcedureKind.class);
        procedureKind.setEmptySelectionAllowed(true);
        procedureKind.setEmptySelectionCaption(getTranslation("procedure.none"));
        procedureReference.setLabel(getTranslation("procedure.reference"));
        TextLimits.limit(procedureReference, CaseOverview.PROCEDURE_REFERENCE_MAX);
        procedureDeadline = DutchDates.datePicker(this, "procedure.deadline");
        procedureDeadline.setHelperText(getTranslation("procedure.deadline.help"));

        kind.addValueChangeListener(e -> showProcedureFields());
        showProcedureFields();

        add(title, 2);
        add(kind, theme, source, urgency, municipality, neighbourhood);
        add(description, 2);
        add(procedureKind, procedureReference, procedureDeadline);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    private void showProcedureFields() {
        boolean vertical = kind.getValue() == CaseKind.VERTICAL;
        procedureKind.setVisible(vertical);
        procedureReference.setVisible(vertical);
        procedureDeadline.setVisible(vertical);
    }

    void read(CaseOverview overview) {
        title.setValue(overview.title());
        kind.setValue(overview.kind());
        theme.setValue(overview.theme());
        description.setValue(Optional.ofNullable(overview.description()).orElse(""));
        source.setValue(overview.source());
        municipality.setValue(Optional.ofNullable(overview.municipality()).orElse(""));
        neighbourhood.setValue(Optional.ofNullable(overview.neighbourhood()).orElse(""));
        urgency.setValue(overview.urgency());
        procedureKind.setValue(overview.procedureKind());
        procedureReference.setValue(Optional.ofNullable(overview.procedureReference()).orElse(""));
        procedureDeadline.setValue(overview.procedureDeadline());
    }

    /** The entered overview, or empty after marking every field that is wrong. */
    Optional<CaseOverview> validOverview() {
        Map<String, String> missing = new LinkedHashMap<>();
        if (kind.getValue() == null) {
            missing.put("kind", "field.required");
        }
        if (theme.getValue() == null) {
            missing.put("theme", "field.required");
        }
        if (source.getValue() == null) {
            missing.put("source", "field.required");
        }
        missing.putAll(DutchDates.unreadableIn(fields()));
        // Placeholders stand in for missing choices only so the text fields are checked too and every
        // problem shows at once; an overview with a placeholder is never returned (missing is not empty).
        CaseOverview overview = new CaseOverview(title.getValue(), orElse(kind.getValue(), CaseKind.HORIZONTAL),
                orElse(theme.getValue(), Theme.OTHER), description.getValue(), orElse(source.getValue(), Source.OTHER),
                municipality.getValue(), neighbourhood.getValue(), orElse(urgency.getValue(), Urgency.NORMAL),
                procedureKind.getValue(), procedureReference.getValue(), procedureDeadline.getValue());
        InputProblems problems = CaseInputRules.problemsWith(overview);
        problems.putAll(missing);
        return FieldErrors.showAll(this, problems, fields()) ? Optional.of(overview) : Optional.empty();
    }

    private static <T> T orElse(@org.jspecify.annotations.Nullable T value, T placeholder) {
        return value == null ? placeholder : value;
    }

    /** Puts a service's refusal next to the fields; returns false if some message has no field here. */
    boolean show(InvalidInputException refusal) {
        return FieldErrors.show(this, refusal, fields());
    }

    Map<String, HasValidation> fields() {
        return Map.of("title", title, "kind", kind, "theme", theme, "description", description, "source", source,
                "municipality", municipality, "neighbourhood", neighbourhood, "procedureKind", procedureKind,
                "procedureReference", procedureReference, "procedureDeadline", procedureDeadline);
    }

    void setReadOnly(boolean readOnly) {
        fields().values().forEach(field -> ((com.vaadin.flow.component.HasValue<?, ?>) field).setReadOnly(readOnly));
        urgency.setReadOnly(readOnly);
    }
}
