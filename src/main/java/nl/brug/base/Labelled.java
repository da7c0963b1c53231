package nl.brug.base;

/** A value shown to users through a translation key (enums of choices, statuses, outcomes). */
public interface Labelled {

    String messageKey();
}
