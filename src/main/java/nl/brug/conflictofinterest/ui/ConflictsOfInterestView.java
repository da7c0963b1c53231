package nl.brug.conflictofinterest.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.brug.base.ui.ActionRunner;
import nl.brug.base.ui.FieldErrors;
import nl.brug.base.ui.TextLimits;
import nl.brug.conflictofinterest.ConflictEntryNotFoundException;
import nl.brug.conflictofinterest.ConflictInputRules;
import nl.brug.conflictofinterest.ConflictOfInterestService;
import nl.brug.conflictofinterest.KnownNeighbourhood;
import nl.brug.conflictofinterest.KnownPerson;
import nl.brug.conflictofinterest.MyConflictsOfInterest;

/**
 * The signed-in mediator's own list of neighbourhoods they are at home in and people they know personally,
 * which Brug compares with a case before they join it. Only they see it; the page says so.
 */
@Route("conflicts-of-interest")
@RolesAllowed("MEDIATOR")
@Menu(title = "nav.conflicts", order = 60, icon = "SCALE")
class ConflictsOfInterestView extends VerticalLayout implements HasDynamicTitle {

    private final ConflictOfInterestService conflicts;
    private final ActionRunner runner;
    private final Grid<KnownNeighbourhood> neighbourhoodGrid = new Grid<>();
    private final Grid<KnownPerson> peopleGrid = new Grid<>();
    private final TextField neighbourhood = new TextField();
    private final TextField municipality = new TextField();
    private final TextField knownName = new TextField();

    ConflictsOfInterestView(ConflictOfInterestService conflicts) {
        this.conflicts = conflicts;
        this.runner = new ActionRunner(this, "conflicts-message")
                .refusal(ConflictEntryNotFoundException.class, gone -> {
                    refresh();
                    return getTranslation(ConflictEntryNotFoundException.MESSAGE_KEY);
                });
        addClassName("brug-page");

        neighbourhood.setLabel(getTranslation("conflicts.neighbourhood"));
        neighbourhood.setId("conflict-neighbourhood");
        neighbourhood.setRequiredIndicatorVisible(true);
        TextLimits.limit(neighbourhood, KnownNeighbourhood.NEIGHBOURHOOD_MAX);
        municipality.setLabel(getTranslation("conflicts.municipality"));
        municipality.setId("conflict-municipality");
        municipality.setHelperText(getTranslation("conflicts.municipality.help"));
        TextLimits.limit(municipality, KnownNeighbourhood.MUNICIPALITY_MAX);
        Button addNeighbourhood = new Button(getTranslation("conflicts.addNeighbourhood"), VaadinIcon.PLUS.create(),
                e -> addNeighbourhood());
        addNeighbourhood.setId("add-neighbourhood");
        addNeighbourhood.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        knownName.setLabel(getTranslation("conflicts.knownName"));
        knownName.setId("conflict-known-name");
        knownName.setRequiredIndicatorVisible(true);
        knownName.setHelperText(getTranslation("conflicts.knownName.help"));
        TextLimits.limit(knownName, KnownPerson.NAME_MAX);
        Button addPerson = new Button(getTranslation("conflicts.addPerson"), VaadinIcon.PLUS.create(),
                e -> addPerson());
        addPerson.setId("add-known-person");
        addPerson.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        neighbourhoodGrid.setId("conflict-neighbourhoods");
        neighbourhoodGrid.addColumn(KnownNeighbourhood::neighbourhood).setHeader(getTranslation("conflicts.neighbourhood"));
        neighbourhoodGrid.addColumn(n -> n.municipality() == null ? "—" : n.municipality())
                .setHeader(getTranslation("conflicts.municipality"));
        neighbourhoodGrid.addComponentColumn(n -> removeButton(n.neighbourhood(),
                () -> conflicts.removeNeighbourhood(n.id()))).setFlexGrow(0);
        neighbourhoodGrid.setEmptyStateText(getTranslation("conflicts.empty.neighbourhoods"));
        peopleGrid.setId("conflict-people");
        peopleGrid.addColumn(KnownPerson::name).setHeader(getTranslation("conflicts.knownName"));
        peopleGrid.addComponentColumn(p -> removeButton(p.name(), () -> conflicts.removeKnownPerson(p.id())))
                .setFlexGrow(0);
        peopleGrid.setEmptyStateText(getTranslation("conflicts.empty.people"));
        for (Grid<?> grid : new Grid<?>[] {neighbourhoodGrid, peopleGrid}) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.setAllRowsVisible(true);
        }

        add(new H2(getTranslation("conflicts.title")), new Paragraph(getTranslation("conflicts.intro")),
                runner.pageMessage(),
                new H3(getTranslation("conflicts.neighbourhoods")), neighbourhoodGrid,
                new FormLayout(neighbourhood, municipality), addNeighbourhood,
                new H3(getTranslation("conflicts.people")), peopleGrid, new FormLayout(knownName), addPerson);
        refresh();
    }

    private Button removeButton(String what, Runnable remove) {
        Button button = new Button(VaadinIcon.TRASH.create(), e -> {
            if (runner.run(remove)) {
                refresh();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        button.setAriaLabel(getTranslation("conflicts.remove", what));
        return button;
    }

    private void addNeighbourhood() {
        Map<String, TextField> fields = Map.of("neighbourhood", neighbourhood, "municipality", municipality);
        if (!FieldErrors.showAll(this, ConflictInputRules.problemsWithNeighbourhood(neighbourhood.getValue(),
                municipality.getValue()), fields) || !TextLimits.allWithin(fields.values())) {
            return;
        }
        if (runner.run(() -> conflicts.addNeighbourhood(neighbourhood.getValue(), municipality.getValue()), fields)) {
            neighbourhood.clear();
            municipality.clear();
            refresh();
        }
    }

    private void addPerson() {
        Map<String, TextField> fields = Map.of("knownName", knownName);
        if (!FieldErrors.showAll(this, ConflictInputRules.problemsWithPerson(knownName.getValue()), fields)
                || !TextLimits.allWithin(fields.values())) {
            return;
        }
        if (runner.run(() -> conflicts.addKnownPerson(knownName.getValue()), fields)) {
            knownName.clear();
            refresh();
        }
    }

    private void refresh() {
        MyConflictsOfInterest mine = conflicts.mine();
        neighbourhoodGrid.setItems(mine.neighbourhoods());
        peopleGrid.setItems(mine.people());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("conflicts.title");
    }
}
