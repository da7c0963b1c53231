package nl.brug.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * A "skip to …" link for keyboard users, shown when it has the focus (class {@code brug-skip-link}). The
 * router would read {@code #target} as another page, so the link runs {@code focusScript} instead, which
 * moves the focus to where the user wants to go.
 */
public final class SkipLink {

    private SkipLink() {
    }

    public static Anchor to(String targetId, String text, String id, String focusScript) {
        Anchor skip = new Anchor("#" + targetId, text);
        skip.setId(id);
        skip.addClassName("brug-skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("this.addEventListener('click', event => { event.preventDefault();"
                + " event.stopPropagation(); " + focusScript + " })");
        return skip;
    }
}
