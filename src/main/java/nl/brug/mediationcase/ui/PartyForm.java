package nl.brug.mediationcase.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import nl.brug.base.InputProblems;
import nl.brug.base.InvalidInputException;
import nl.brug.base.ui.Choices;
import nl.brug.base.ui.DutchDates;
import nl.brug.base.ui.EmailFields;
import nl.brug.base.ui.FieldErrors;
import nl.brug.base.ui.TextLimits;
import nl.brug.mediationcase.CaseInputRules;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyKind;
import nl.brug.mediationcase.party.PartyRole;
/**
 * A party's details. "Public body" and its contact person's mandate appear for organisations; "on behalf
 * of" appears for representatives. Checks use {@link CaseInputRules}, the same rules as the service.
 */
class PartyForm extends FormLayout {

    final Select<PartyKind> kind;
    final TextField name = new TextField();
    final Checkbox publicBody = new Checkbox();
    final Select<PartyRole> role;
    final TextField represents = new TextField();
    final TextField contactPerson = new TextField();
    final Checkbox hasMandate = new Checkbox();
    final EmailField email = EmailFields.create(this, "party.email", "field.email.invalid");
    final TextField phone = new TextField();
    final TextField address = new TextField();
    final TextField preferredLanguage = new TextField();
    final Checkbox interpreterNeeded = new Checkbox();
    final DatePicker consentOn;

    PartyForm() {
        kind = Choices.select(this, "party.kind", PartyKind.class);
        kind.setValue(PartyKind.PERSON);
        name.setLabel(getTranslation("party.name"));
        TextLimits.limit(name, PartyData.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        publicBody.setLabel(getTranslation("party.publicBody"));
        role = Choices.select(this, "party.role", PartyRole.class);
        role.setValue(PartyRole.REQUESTING_PARTY);
        represents.setLabel(getTranslation("party.represents"));
        TextLimits.limit(represents, PartyData.REPRESENTS_MAX);
        contactPerson.setLabel(getTranslation("party.contactPerson"));
        TextLimits.limit(contactPerson, PartyData.CONTACT_MAX);
        hasMandate.setLabel(getTranslation("party.hasMandate"));
        phone.setLabel(getTranslation("party.phone"));
        TextLimits.limit(phone, PartyData.PHONE_MAX);
        address.setLabel(getTranslation("party.address"));
        TextLimits.limit(address, PartyData.ADDRESS_MAX);
        preferredLanguage.setLabel(getTranslation("party.preferredLanguage"));
        TextLimits.limit(preferredLanguage, PartyData.LANGUAGE_MAX);
        interpreterNeeded.setLabel(getTranslation("party.interpreterNeeded"));
        consentOn = DutchDates.datePicker(this, "party.consentOn");
        consentOn.setHelperText(getTranslation("party.consentOn.help"));

        kind.addValueChangeListener(e -> showDependentFields());
        publicBody.addValueChangeListener(e -> showDependentFields());
        role.addValueChangeListener(e -> showDependentFields());
        showDependentFields();

        add(kind, role, name, publicBody, represents, contactPerson, hasMandate, email, phone, address,
                preferredLanguage, interpreterNeeded, consentOn);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    private void showDependentFields() {
        boolean organisation = kind.getValue() == PartyKind.ORGANISATION;
        publicBody.setVisible(kind.getValue() != null && kind.getValue().canBePublicBody());
        contactPerson.setVisible(organisation);
        hasMandate.setVisible(organisation && publicBody.getValue());
        represents.setVisible(role.getValue() == PartyRole.REPRESENTATIVE);
    }

    void read(PartyData data) {
        kind.setValue(data.kind());
        name.setValue(data.name());
        publicBody.setValue(data.publicBody());
        role.setValue(data.role());
        represents.setValue(Optional.ofNullable(data.represents()).orElse(""));
        contactPerson.setValue(Optional.ofNullable(data.contactPerson()).orElse(""));
        hasMandate.setValue(Boolean.TRUE.equals(data.hasMandate()));
        email.setValue(Optional.ofNullable(data.email()).orElse(""));
        phone.setValue(Optional.ofNullable(data.phone()).orElse(""));
        address.setValue(Optional.ofNullable(data.address()).orElse(""));
        preferredLanguage.setValue(Optional.ofNullable(data.preferredLanguage()).orElse(""));
        interpreterNeeded.setValue(data.interpreterNeeded());
        consentOn.setValue(data.consentOn());
    }

    void clear() {
        read(PartyData.person("", PartyRole.OTHER_PARTY));
        FieldErrors.clear(fields());
    }

    /** The entered party, or empty after marking every field that is wrong. */
    Optional<PartyData> validParty(LocalDate today) {
        boolean organisation = kind.getValue() == PartyKind.ORGANISATION;
        boolean isPublicBody = kind.getValue() != null && kind.getValue().canBePublicBody() && publicBody.getValue();
        PartyData data = new PartyData(kind.getValue() == null ? PartyKind.PERSON : kind.getValue(), name.getValue(),
                isPublicBody, role.getValue() == null ? PartyRole.OTHER_PARTY : role.getValue(),
                role.getValue() == PartyRole.REPRESENTATIVE ? represents.getValue() : null,
                organisation ? contactPerson.getValue() : null, isPublicBody ? hasMandate.getValue() : null,
                email.getValue(), phone.getValue(), address.getValue(), preferredLanguage.getValue(),
                interpreterNeeded.getValue(), consentOn.getValue());
        InputProblems problems = CaseInputRules.problemsWith(data, today);
        problems.putAll(DutchDates.unreadableIn(fields()));
        return FieldErrors.showAll(this, problems, fields()) ? Optional.of(data) : Optional.empty();
    }

    /**
     * Whether anything is filled in: a text, a consent date (readable or not) or a ticked box. The choices
     * of kind and role always hold a value, so they do not count.
     */
    boolean hasInput() {
        boolean anyText = java.util.stream.Stream.of(name, represents, contactPerson, email, phone, address,
                preferredLanguage).anyMatch(field -> !field.getValue().isBlank());
        return anyText || !consentOn.isEmpty() || DutchDates.unreadable(consentOn) || publicBody.getValue()
                || hasMandate.getValue() || interpreterNeeded.getValue();
    }

    boolean show(InvalidInputException refusal) {
        return FieldErrors.show(this, refusal, fields());
    }

    Map<String, HasValidation> fields() {
        return Map.of("name", name, "publicBody", publicBody, "represents", represents,
                "contactPerson", contactPerson, "email", email, "phone", phone, "address", address,
                "preferredLanguage", preferredLanguage, "consentOn", consentOn);
    }
}
