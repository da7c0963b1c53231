package nl.brug.mediationcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import nl.brug.base.DisplayFormats;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TypedDates;
import nl.brug.testsupport.WithBrugUser;

/** The intake form: every mistake is shown next to its field, in Dutch, and nothing is half-saved. */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
@WithBrugUser(username = "anna", displayName = "Anna de Vries", roles = Role.MEDIATOR)
class RegisterCaseViewTest extends SpringBrowserlessTest {

    @Autowired
    DatabaseReset database;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    nl.brug.conflictofinterest.ConflictOfInterestService conflicts;

    @BeforeEach
    void emptyDatabase() {
        // The signed-in user is set up after this (see @WithBrugUser), so each test opens the form itself.
        database.clear();
    }

    private void openTheForm() {
        UI.getCurrent().navigate("cases/new");
        assertThat(getCurrentView()).isInstanceOf(RegisterCaseView.class);
    }

    private TextField text(String label) {
        return $(TextField.class).withLabel(label).first();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String label) {
        return $(Select.class).withLabel(label).first();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String label) {
        return $(ComboBox.class).withLabel(label).first();
    }

    private void click(String text) {
        test($(Button.class).withText(text).first()).click();
    }

    private int cases() {
        return jdbc.queryForObject("select count(*) from mediation_case", Integer.class);
    }

    private void fillTheFacts(String kind) {
        test(text("Titel")).setValue("Geluidsoverlast bovenburen");
        test(select("Soort")).selectItem(kind);
        test(combo("Thema")).selectItem("Geluidsoverlast");
        test(combo("Binnengekomen via")).selectItem("De partij zelf");
    }

    private void addPerson(String name) {
        test(text("Naam")).setValue(name);
        click("Partij toevoegen");
    }

    @Test
    void anEmptyFormShowsEveryMissingFieldAndSavesNothing() {
        openTheForm();
        click("Zaak aanmelden");

        assertThat(text("Titel").getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(select("Soort").getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(combo("Thema").getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(combo("Binnengekomen via").getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(getCurrentView()).isInstanceOf(RegisterCaseView.class);
        assertThat(cases()).isZero();
    }

    @Test
    void aTitleOverTwoHundredCharactersIsRefusedNextToTheTitle() {
        openTheForm();
        fillTheFacts("Horizontaal");
        test(text("Titel")).setValue("x".repeat(201));
        addPerson("Fatima de Jong");

        click("Zaak aanmelden");

        assertThat(text("Titel").getErrorMessage()).isEqualTo("Hoogstens 200 tekens.");
        assertThat(cases()).isZero();
    }

    @Test
    void aCaseWithoutPartiesIsRefusedWithASentenceAtTheParties() {
        openTheForm();
        fillTheFacts("Horizontaal");

        click("Zaak aanmelden");

        assertThat($(Span.class).id("parties-error").getText()).isEqualTo("de zaak heeft minstens één partij nodig");
        assertThat(cases()).isZero();
    }

    @Test
    void aPartyWithABadEmailPhoneOrFutureConsentIsNotAdded() {
        openTheForm();
        test(text("Naam")).setValue("Kees Visser");
        test($(EmailField.class).withLabel("E-mailadres").first()).setValue("kees@");
        test(text("Telefoon")).setValue("12");
        $(DatePicker.class).withLabel("Ingestemd op").first().setValue(LocalDate.now(DisplayFormats.ZONE).plusDays(3));

        click("Partij toevoegen");

        assertThat($(EmailField.class).withLabel("E-mailadres").first().getErrorMessage())
                .isEqualTo("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.");
        assertThat(text("Telefoon").getErrorMessage()).startsWith("Vul een geldig telefoonnummer in");
        assertThat($(DatePicker.class).withLabel("Ingestemd op").first().getErrorMessage())
                .isEqualTo("Deze datum mag niet in de toekomst liggen.");
        assertThat(test($(com.vaadin.flow.component.grid.Grid.class).id("new-parties")).size()).isZero();
    }

    @Test
    void aVerticalCaseNeedsAPublicBodyAmongItsParties() {
        openTheForm();
        fillTheFacts("Verticaal");
        addPerson("Mehmet Kaya");

        click("Zaak aanmelden");

        assertThat($(Span.class).id("parties-error").getText())
                .isEqualTo("een verticale zaak heeft een overheidsinstantie als partij nodig");
        assertThat(cases()).isZero();

        test(select("Soort partij")).selectItem("Organisatie");
        test(text("Naam")).setValue("Gemeente Utrecht");
        test($(Checkbox.class).withLabel("Overheidsinstantie").first()).click();
        click("Partij toevoegen");
        click("Zaak aanmelden");

        assertThat(getCurrentView()).isInstanceOf(CaseView.class);
        assertThat(cases()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from case_party where public_body", Integer.class)).isEqualTo(1);
    }

    @Test
    void aValidRegistrationOpensTheNewCaseWithTheMediatorAsLead() {
        openTheForm();
        fillTheFacts("Horizontaal");
        addPerson("Fatima de Jong");
        addPerson("Kees Visser");

        click("Zaak aanmelden");

        assertThat(getCurrentView()).isInstanceOf(CaseView.class);
        String reference = jdbc.queryForObject("select reference from mediation_case", String.class);
        assertThat(reference).matches("\\d{4}-\\d{4}");
        assertThat($(com.vaadin.flow.component.html.H2.class).id("case-title").getText())
                .isEqualTo(reference + " — Geluidsoverlast bovenburen");
        assertThat(jdbc.queryForObject("select a.username from mediation_case c join account a on a.id = c.lead_mediator_id",
                String.class)).isEqualTo("anna");
        assertThat(jdbc.queryForObject("select count(*) from case_party", Integer.class)).isEqualTo(2);
    }

    // --- nothing typed is lost without a word ---------------------------------------------------------

    private String helperText(com.vaadin.flow.component.HasHelper field) {
        return field.getHelperComponent() == null ? "" : field.getHelperComponent().getElement().getTextRecursively();
    }

    @Test
    void aPartyFilledInButNotAddedStopsTheRegistrationWithASentenceAtTheParties() {
        openTheForm();
        fillTheFacts("Horizontaal");
        addPerson("Fatima de Jong");
        test(text("Naam")).setValue("Kees Visser");

        click("Zaak aanmelden");

        assertThat($(Span.class).id("parties-error").getText())
                .isEqualTo("Deze partij is nog niet toegevoegd. Voeg haar toe met ‘Partij toevoegen’ of maak de velden leeg.");
        assertThat(text("Naam").getValue()).isEqualTo("Kees Visser");
        assertThat(cases()).isZero();

        click("Partij toevoegen");
        click("Zaak aanmelden");

        assertThat(getCurrentView()).isInstanceOf(CaseView.class);
        assertThat(jdbc.queryForList("select name from case_party order by name", String.class))
                .containsExactly("Fatima de Jong", "Kees Visser");
    }

    @Test
    void aPartyLeftHalfFilledInShowsItsOwnProblemsAndCanBeClearedAway() {
        openTheForm();
        fillTheFacts("Horizontaal");
        addPerson("Fatima de Jong");
        test(text("Telefoon")).setValue("06-12345678");

        click("Zaak aanmelden");

        assertThat($(Span.class).id("parties-error").getText()).startsWith("Deze partij is nog niet toegevoegd.");
        assertThat(text("Naam").getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(cases()).isZero();

        click("Velden leegmaken");
        click("Zaak aanmelden");

        assertThat(getCurrentView()).isInstanceOf(CaseView.class);
        assertThat(jdbc.queryForList("select name from case_party", String.class)).containsExactly("Fatima de Jong");
    }

    @Test
    void aPastedTitleOverTheLimitIsKeptWholeCountedAndRefused() {
        openTheForm();
        fillTheFacts("Horizontaal");
        addPerson("Fatima de Jong");

        test(text("Titel")).setValue("x".repeat(250));

        TextField title = text("Titel");
        // No maxlength for the browser, which would cut a paste off at 200 without a word.
        assertThat(title.getElement().hasProperty("maxlength")).isFalse();
        assertThat(title.getValue()).hasSize(250);
        assertThat(helperText(title)).isEqualTo("250 van 200 tekens");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).startsWith("Te lang: 250 tekens, hoogstens 200.");

        click("Zaak aanmelden");

        assertThat(cases()).isZero();
        assertThat(text("Titel").getValue()).hasSize(250);
        assertThat(text("Titel").getErrorMessage()).isEqualTo("Hoogstens 200 tekens.");
    }

    @Test
    void theDescriptionCountsItsCharactersUnderItsHelp() {
        openTheForm();
        TextArea description = $(TextArea.class).withLabel("Omschrijving").first();

        test(description).setValue("Buren hebben ruzie over muziek.");

        assertThat(description.getElement().hasProperty("maxlength")).isFalse();
        assertThat(helperText(description)).startsWith("Wat is er aan de hand").endsWith("31 van 4.000 tekens");
        assertThat(description.isInvalid()).isFalse();
    }

    @Test
    void aShortFieldShowsItsCountOnlyNearItsLimit() {
        openTheForm();

        test(text("Gemeente")).setValue("Utrecht");
        assertThat(helperText(text("Gemeente"))).isEmpty();

        test(text("Gemeente")).setValue("u".repeat(85));
        assertThat(helperText(text("Gemeente"))).isEqualTo("85 van 100 tekens");
    }

    @Test
    void anImpossibleConsentDateIsRefusedAsNoDateAndThePartyIsNotAdded() {
        openTheForm();
        test(text("Naam")).setValue("Kees Visser");
        TypedDates.typeUnreadable($(DatePicker.class).withLabel("Ingestemd op").first(), "31-02-2027");

        click("Partij toevoegen");

        assertThat($(DatePicker.class).withLabel("Ingestemd op").first().getErrorMessage())
                .isEqualTo("Geen geldige datum. Vul een datum in als 22-11-2026.");
        assertThat(test($(Grid.class).id("new-parties")).size()).isZero();
    }

    @Test
    void anImpossibleProcedureDeadlineIsRefusedAndNothingIsSaved() {
        openTheForm();
        fillTheFacts("Verticaal");
        test(select("Formele procedure")).selectItem("Bezwaar");
        TypedDates.typeUnreadable($(DatePicker.class).withLabel("Termijn").first(), "99-99-9999");
        test(select("Soort partij")).selectItem("Organisatie");
        test(text("Naam")).setValue("Gemeente Utrecht");
        test($(Checkbox.class).withLabel("Overheidsinstantie").first()).click();
        click("Partij toevoegen");

        click("Zaak aanmelden");

        assertThat($(DatePicker.class).withLabel("Termijn").first().getErrorMessage())
                .isEqualTo("Geen geldige datum. Vul een datum in als 22-11-2026.");
        assertThat(cases()).isZero();
    }

    @Test
    void theNewPartiesTableSaysWhatToDoWhileItIsEmpty() {
        openTheForm();

        assertThat($(Grid.class).id("new-parties").getEmptyStateText())
                .isEqualTo("Nog geen partijen. Vul hieronder de gegevens in en kies ‘Partij toevoegen’; een zaak heeft"
                        + " minstens één partij nodig.");
    }

    @Test
    void registeringInOnesOwnNeighbourhoodWarnsAndGoesOnOnlyWithAReason() {
        conflicts.addNeighbourhood("Lombok", null);
        openTheForm();
        fillTheFacts("Horizontaal");
        test(text("Wijk of buurt")).setValue("lombok");
        addPerson("Fatima de Jong");

        click("Zaak aanmelden");

        assertThat($(com.vaadin.flow.component.html.Div.class).id("register-conflict-warning").getElement()
                .getTextRecursively()).contains("Anna de Vries woont in de wijk van deze zaak: lombok.");
        assertThat(cases()).isZero();
        click("Toch aanmelden");
        assertThat($(TextArea.class).id("register-conflict-reason").getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(cases()).isZero();

        test($(TextArea.class).id("register-conflict-reason")).setValue("Andere kant van de wijk");
        click("Toch aanmelden");

        assertThat(getCurrentView()).isInstanceOf(CaseView.class);
        assertThat(jdbc.queryForObject("select reason from case_history where event = 'CONFLICT_OVERRIDDEN'",
                String.class)).isEqualTo("Andere kant van de wijk");
    }
}
