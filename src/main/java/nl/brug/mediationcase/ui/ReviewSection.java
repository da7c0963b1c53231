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
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.CaseLimits;
import nl.brug.mediationcase.supervision.CaseReviewService;
import nl.brug.mediationcase.supervision.ReviewRoundView;
import nl.brug.mediationcase.supervision.ReviewVerdict;
/**
 * The review of a closed case: what a supervisor or the case's mediators can do now (approve or return;
 * answer), then every round, the latest first, as it was written.
 */
class ReviewSection extends VerticalLayout {

    ReviewSection(CaseDetails details, CaseReviewService reviews, CaseActionRunner runner, Runnable reload) {
        setPadding(false);
        if (details.actions().canReview()) {
            add(verdictForm(details, reviews, runner, reload));
        }
        if (details.actions().canAnswerReview()) {
            add(answerForm(details, reviews, runner, reload));
        }
        if (details.reviews().isEmpty()) {
            add(new Paragraph(getTranslation("review.none")));
        }
        List<ReviewRoundView> newestFirst = details.reviews().reversed();
        newestFirst.forEach(round -> add(roundEntry(round)));
    }

    private Div verdictForm(CaseDetails details, CaseReviewService reviews, CaseActionRunner runner, Runnable reload) {
        TextArea comment = textArea("review-comment", "review.comment");
        comment.setHelperText(getTranslation("review.comment.help"));
        Button approve = new Button(getTranslation("review.approve"), e -> {
            if (runner.run(() -> reviews.approve(details.reference(), details.version(), comment.getValue()),
                    Map.of("comment", comment))) {
                Notifications.success(getTranslation("review.approved"));
                reload.run();
            }
        });
        approve.setId("review-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button giveBack = new Button(getTranslation("review.return"), e -> {
            if (runner.run(() -> reviews.returnForAnswer(details.reference(), details.version(), comment.getValue()),
                    Map.of("comment", comment))) {
                Notifications.success(getTranslation("review.returned"));
                reload.run();
            }
        });
        giveBack.setId("review-return");
        Div form = new Div(comment, new HorizontalLayout(approve, giveBack));
        form.addClassName("brug-review-form");
        return form;
    }

    private Div answerForm(CaseDetails details, CaseReviewService reviews, CaseActionRunner runner, Runnable reload) {
        TextArea answer = textArea("review-answer", "review.answer");
        Button send = new Button(getTranslation("review.submitAnswer"), e -> {
            if (runner.run(() -> reviews.answer(details.reference(), details.version(), answer.getValue()),
                    Map.of("answer", answer))) {
                Notifications.success(getTranslation("review.answered"));
                reload.run();
            }
        });
        send.setId("review-submit-answer");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(answer, send);
        form.addClassName("brug-review-form");
        return form;
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
