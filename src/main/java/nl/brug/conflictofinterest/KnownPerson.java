package nl.brug.conflictofinterest;

/** Someone a mediator knows personally, by name. */
public record KnownPerson(long id, String name) {

    /** The same as a party's name (PartyData.NAME_MAX). */
    public static final int NAME_MAX = 200;
}
