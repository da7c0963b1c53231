package nl.brug.mediationcase.ui;

import com.vaadin.flow.component.html.Span;

import nl.brug.mediationcase.CaseStatus;

/** A case status as a small coloured label, the same in the list, the header and Mijn werk. */
final class StatusBadge extends Span {

    StatusBadge(CaseStatus status) {
        setText(getTranslation(status.messageKey()));
        addClassNames("brug-badge", "brug-status-" + status.name().toLowerCase(java.util.Locale.ROOT));
    }
}
