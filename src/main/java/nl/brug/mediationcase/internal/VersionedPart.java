package nl.brug.mediationcase.internal;

/** A part of a case with its own optimistic-lock version, so edits of different parts do not block each other. */
public interface VersionedPart {

    long getVersion();
}
