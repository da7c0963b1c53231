package nl.brug.mediationcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import nl.brug.base.DisplayFormats;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.agreement.AgreementForm;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;
import nl.brug.testsupport.TypedDates;
import nl.brug.testsupport.WithBrugUser;

/**
 * The sections of a case page, without a browser: a date that cannot be read is refused as such and nothing
 * is saved, a text over its limit is kept and refused, an empty table says why, saving the signature is
 * confirmed, and "where to" belongs to a referral only.
 */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
@WithBrugUser(username = "anna", displayName = "Anna de Vries", roles = Role.MEDIATOR)
class CaseSectionsViewTest extends SpringBrowserlessTest {

    private static final String NOT_A_DATE = "Geen geldige datum. Vul een datum in als 22-11-2026.";

    @Autowired
    DatabaseReset database;
    @Autowired
    TestAccounts accounts;
    @Autowired
    CaseService cases;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private String reference = "";

    @BeforeEach
    void oneNewCaseOfAnnas() {
        // Runs before @WithBrugUser signs anna in, so the case is registered as her here.
        database.clear();
        accounts.create("anna", "Anna de Vries", EnumSet.of(Role.MEDIATOR));
        BrugUser anna = (BrugUser) users.loadUserByUsername("anna");
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(anna, null, anna.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            reference = cases.register(new CaseRegistration(CaseOverview.of("Geluidsoverlast bovenburen",
                    CaseKind.HORIZONTAL, Theme.NOISE, Source.PARTY_ITSELF),
                    List.of(PartyData.person("Fatima de Jong", PartyRole.REQUESTING_PARTY))));
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private void openSection(String name) {
        UI.getCurrent().navigate("cases/" + reference);
        TabSheet sections = $(TabSheet.class).id("case-sections");
        for (int i = 0; i < sections.getTabCount(); i++) {
            if (sections.getTabAt(i).getLabel().equals(name)) {
                sections.setSelectedIndex(i);
                return;
            }
        }
        throw new AssertionError("No section " + name);
    }

    private void click(String text) {
        test($(Button.class).withText(text).last()).click();
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    /** The text under the field as the user sees it: hidden parts left out. */
    private static String helperText(HasHelper field) {
        return field.getHelperComponent() == null ? "" : visibleText(field.getHelperComponent());
    }

    private static String visibleText(com.vaadin.flow.component.Component component) {
        if (!component.isVisible()) {
            return "";
        }
        List<com.vaadin.flow.component.Component> children = component.getChildren().toList();
        return children.isEmpty() ? component.getElement().getText()
                : children.stream().map(CaseSectionsViewTest::visibleText).reduce("", String::concat);
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root),
                root.getChildren().flatMap(CaseSectionsViewTest::descendants));
    }

    // --- dates that cannot be read ------------------------------------------------------------------

    @Test
    void anAgreementItemWithAnImpossibleDueDateIsRefusedInsteadOfSavedWithoutOne() {
        openSection("Afspraken");
        click("Afspraak toevoegen");
        test($(TextArea.class).withLabel("Wat").first()).setValue("Geen harde muziek na 22:00 uur");
        test($(TextField.class).withLabel("Wie").first()).setValue("Kees Visser");
        TypedDates.typeUnreadable($(DatePicker.class).withLabel("Uiterlijk").first(), "31-02-2027");

        click("Opslaan");

        assertThat($(DatePicker.class).withLabel("Uiterlijk").first().getErrorMessage()).isEqualTo(NOT_A_DATE);
        assertThat(count("agreement_item")).isZero();
    }

    @Test
    void aFollowUpWithAnImpossibleDateSavesNothing() {
        openSection("Afspraken");
        test($(TextArea.class).id("follow-up-finding")).setValue("De afspraken houden stand.");
        TypedDates.typeUnreadable($(DatePicker.class).id("follow-up-date"), "99-99-9999");

        click("Nazorg opslaan");

        assertThat($(DatePicker.class).id("follow-up-date").getErrorMessage()).isEqualTo(NOT_A_DATE);
        assertThat(jdbc.queryForObject("select follow_up_finding from mediation_case", String.class)).isNull();
    }

    @Test
    void aSignedDateReplacedByOneThatCannotBeReadIsNotSavedAsNoDate() {
        LocalDate today = LocalDate.now(DisplayFormats.ZONE);
        openSection("Afspraken");
        chooseForm(AgreementForm.INTENT);
        test($(DatePicker.class).id("agreement-signed-on")).setValue(today);
        click("Vaststelling opslaan");
        openSection("Afspraken");

        TypedDates.typeUnreadable($(DatePicker.class).id("agreement-signed-on"), "31-02-2027");
        click("Vaststelling opslaan");

        assertThat($(DatePicker.class).id("agreement-signed-on").getErrorMessage()).isEqualTo(NOT_A_DATE);
        assertThat(jdbc.queryForObject("select agreement_signed_on from mediation_case", LocalDate.class))
                .isEqualTo(today);
    }

    @Test
    void aSessionStartThatCannotBeReadIsCalledSoNotMissing() {
        openSection("Gesprekken");
        click("Gesprek plannen");
        DateTimePicker start = $(DateTimePicker.class).withLabel("Begin").first();
        TypedDates.typeUnreadableDate(start, "31-02-2027");
        test($(DateTimePicker.class).withLabel("Einde").first()).setValue(LocalDateTime.now().plusDays(1));

        test($(Button.class).id("save-session")).click();

        assertThat($(DateTimePicker.class).withLabel("Begin").first().getErrorMessage())
                .isEqualTo("Geen geldige datum en tijd. Vul beide in, zoals 22-11-2026 en 14:30.");
        assertThat(count("case_session")).isZero();
    }

    // --- text over its limit ------------------------------------------------------------------------

    @Test
    void aNoteOverTheLimitIsKeptWholeCountedAndRefused() {
        openSection("Journaal");
        TextArea note = $(TextArea.class).id("note-text");

        test(note).setValue("n".repeat(8001));

        assertThat(note.getElement().hasProperty("maxlength")).isFalse();
        assertThat(helperText(note)).isEqualTo("8.001 van 8.000 tekens");
        assertThat(note.getErrorMessage()).startsWith("Te lang: 8.001 tekens, hoogstens 8.000.");

        click("Notitie toevoegen");

        assertThat(count("journal_note")).isZero();
        assertThat($(TextArea.class).id("note-text").getValue()).hasSize(8001);
        assertThat($(TextArea.class).id("note-text").isInvalid()).isTrue();
    }

    @Test
    void aReadOnlyTextShowsNoCounterUntilItIsEdited() {
        openSection("Overzicht");
        TextArea description = $(TextArea.class).withLabel("Omschrijving").first();
        assertThat(description.isReadOnly()).isTrue();
        assertThat(helperText(description)).doesNotContain("tekens");

        test($(Button.class).id("edit-overview")).click();

        assertThat(helperText(description)).endsWith("0 van 4.000 tekens");
    }

    // --- empty tables say why and what to do --------------------------------------------------------

    @Test
    void emptySectionsSayWhyAndWhatToDo() {
        openSection("Gesprekken");
        assertThat($(Grid.class).id("session-grid").getEmptyStateText())
                .isEqualTo("Nog geen gesprekken. Plan er een met ‘Gesprek plannen’.");

        openSection("Afspraken");
        assertThat($(Grid.class).id("item-grid").getEmptyStateText()).startsWith("Nog geen afspraken. Leg de eerste vast");

        openSection("Journaal");
        assertThat($(Paragraph.class).id("journal-empty").getText()).isEqualTo("Nog geen notities. Schrijf hierboven de eerste.");

        openSection("Partijen");
        assertThat($(Grid.class).id("party-grid").getEmptyStateText()).isNotBlank();
        openSection("Geschiedenis");
        assertThat($(Grid.class).id("history-grid").getEmptyStateText()).isEqualTo("Nog geen statuswijzigingen.");
    }

    @Test
    @WithBrugUser(username = "carla", roles = Role.SUPERVISOR)
    void someoneWhoCannotEditIsNotToldToAddSomething() {
        openSection("Gesprekken");
        assertThat($(Grid.class).id("session-grid").getEmptyStateText())
                .isEqualTo("Er zijn geen gesprekken gepland of gehouden.");
        openSection("Journaal");
        assertThat($(Paragraph.class).id("journal-empty").getText()).startsWith("Geen notities die u kunt lezen.");
    }

    // --- confirmations and the close dialog ---------------------------------------------------------

    @Test
    void aSignedDateWithoutAFormIsRefusedNextToTheFormAndNotSaved() {
        openSection("Afspraken");
        test($(DatePicker.class).id("agreement-signed-on")).setValue(LocalDate.now(DisplayFormats.ZONE));

        click("Vaststelling opslaan");

        Select<?> form = $(Select.class).id("agreement-form");
        assertThat(form.isInvalid()).isTrue();
        assertThat(form.getErrorMessage()).startsWith("Kies eerst de vorm (intentieverklaring of vaststellingsovereenkomst)");
        assertThat(jdbc.queryForObject("select agreement_signed_on from mediation_case", LocalDate.class)).isNull();
    }

    @Test
    void theAgreementPrintsOnlyOnceItsFormIsChosen() {
        openSection("Afspraken");
        assertThat($(Anchor.class).withId("document-agreement-nl").exists()).isFalse();
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("De overeenkomst kan worden afgedrukt"));

        chooseForm(AgreementForm.SETTLEMENT);
        click("Vaststelling opslaan");
        openSection("Afspraken");

        assertThat($(Anchor.class).id("document-agreement-nl").isEnabled()).isTrue();
        assertThat($(Anchor.class).id("document-agreement-en").isEnabled()).isTrue();
    }

    @Test
    void savingTheSignatureIsConfirmed() {
        openSection("Afspraken");
        chooseForm(AgreementForm.INTENT);
        test($(DatePicker.class).id("agreement-signed-on")).setValue(LocalDate.now(DisplayFormats.ZONE));

        click("Vaststelling opslaan");

        assertThat($(Notification.class).all()).anyMatch(notification -> notification.isOpened()
                && test(notification).getText().equals("Vaststelling opgeslagen."));
    }

    @Test
    @SuppressWarnings("unchecked")
    void whereToIsAskedOnlyForAReferralAndNextToItsField() {
        openSection("Overzicht");
        test($(Button.class).id("close-case")).click();
        Select<Object> outcome = $(Select.class).id("close-outcome");
        // Looked up through the dialog: a hidden field is not found by a query for what is on screen.
        Select<Object> referral = (Select<Object>) descendants($(CloseCaseDialog.class).single())
                .filter(c -> c.getId().orElse("").equals("close-referral")).findFirst().orElseThrow();
        assertThat(referral.isVisible()).isFalse();

        test(outcome).selectItem("Doorverwezen");
        assertThat(referral.isVisible()).isTrue();
        test($(Button.class).id("confirm-close")).click();

        assertThat(referral.isInvalid()).isTrue();
        assertThat(referral.getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(jdbc.queryForObject("select status from mediation_case", String.class)).isEqualTo("REGISTERED");

        test(outcome).selectItem("Geen overeenstemming");
        assertThat(referral.isVisible()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private void chooseForm(AgreementForm form) {
        ((Select<AgreementForm>) $(Select.class).id("agreement-form")).setValue(form);
    }
}
