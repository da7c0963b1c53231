package nl.brug.mediationcase.agreement;

import nl.brug.base.Labelled;

/** Whether an agreed action was carried out. */
public enum ItemStatus implements Labelled {
    OPEN,
    DONE,
    NOT_DONE;

    @Override
    public String messageKey() {
        return "agreement.item.status." + name();
    }
}
