package nl.brug.mediationcase.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import nl.brug.base.DisplayFormats;
import nl.brug.base.ui.Notifications;
import nl.brug.base.ui.TextLimits;
import nl.brug.mediationcase.CaseLimits;
import nl.brug.mediationcase.supervision.CaseReviewService;
import nl.brug.mediationcase.supervision.ReviewRoundView;
import nl.brug.mediationcase.supervision.ReviewVerdict;
/**
 * The review of a closed case: what a supervisor or the case's mediators can do now (approve or return;
 * answer), then every round, the latest first, as it was written.
 */
class ReviewSection extends VerticalLayout {

    private final CasePage page;
    private final CaseReviewService reviews;

    ReviewSection(CasePage page, List<ReviewRoundView> rounds, CaseReviewService reviews) {
        this.page = page;
        this.reviews = reviews;
        setPadding(false);
        if (page.actions().canReview()) {
            add(verdictForm());
        }
        if (page.actions().canAnswerReview()) {
            add(answerForm());
        }
        if (rounds.isEmpty()) {
            add(new Paragraph(getTranslation("review.none")));
        }
        List<ReviewRoundView> newestFirst = rounds.reversed();
        newestFirst.forEach(round -> add(roundEntry(round)));
    }

    private Div verdictForm() {
        TextArea comment = textArea("review-comment", "review.comment");
        comment.setHelperText(getTranslation("review.comment.help"));
        Button approve = send("review-approve", "review.approve", "review.approved", Map.of("comment", comment),
                () -> reviews.approve(page.reference(), page.version(), comment.getValue()));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button giveBack = send("review-return", "review.return", "review.returned", Map.of("comment", comment),
                () -> reviews.returnForAnswer(page.reference(), page.version(), comment.getValue()));
        Div form = new Div(comment, new HorizontalLayout(approve, giveBack));
        form.addClassName("brug-review-form");
        return form;
    }

    private Div answerForm() {
        TextArea answer = textArea("review-answer", "review.answer");
        Button send = send("review-submit-answer", "review.submitAnswer", "review.answered", Map.of("answer", answer),
                () -> reviews.answer(page.reference(), page.version(), answer.getValue()));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(answer, send);
        form.addClassName("brug-review-form");
        return form;
    }

    /** A button that sends the text of its {@code field} to the service, says it was done and shows the case again. */
    private Button send(String id, String labelKey, String doneKey, Map<String, TextArea> field, Runnable call) {
        Button button = new Button(getTranslation(labelKey), e -> {
            if (page.runner().run(call, field)) {
                Notifications.success(getTranslation(doneKey));
                page.reload().run();
            }
        });
        button.setId(id);
        return button;
    }

    private TextArea textArea(String id, String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setWidthFull();
        return TextLimits.limit(area, CaseLimits.REVIEW_TEXT_MAX);
    }

    private Div roundEntry(ReviewRoundView round) {
        Div entry = new Div(new H4(getTranslation("review.round", round.round(), DisplayFormats.date(round.closedOn()))));
        entry.addClassName("brug-note");
        entry.add(verdictBadge(round));
        if (round.reviewer() != null) {
            Span by = new Span(" " + getTranslation("review.by", round.reviewer(),
                    DisplayFormats.dateTime(round.reviewedAt())));
            by.addClassName("brug-muted");
            entry.add(by);
        }
        if (round.comment() != null) {
            entry.add(text(round.comment()));
        }
        if (round.answer() != null) {
            Span from = new Span(getTranslation("review.answerFrom", round.answeredBy(),
                    DisplayFormats.dateTime(round.answeredAt())));
            from.addClassName("brug-muted");
            entry.add(new Div(from), text(round.answer()));
        } else if (round.verdict() == ReviewVerdict.RETURNED) {
            Span waiting = new Span(getTranslation("review.awaitingAnswer"));
            waiting.addClassName("brug-muted");
            entry.add(new Div(waiting));
        }
        return entry;
    }

    private Span verdictBadge(ReviewRoundView round) {
        Span badge = new Span(round.verdict() == null ? getTranslation("review.verdict.awaiting")
                : getTranslation(round.verdict().messageKey()));
        String variant = round.verdict() == null ? "awaiting" : round.verdict().name().toLowerCase(Locale.ROOT);
        badge.addClassNames("brug-badge", "brug-review-" + variant);
        return badge;
    }

    private static Paragraph text(String value) {
        Paragraph paragraph = new Paragraph(value);
        paragraph.addClassName("brug-note-text");
        return paragraph;
    }
}
