package org.imagingledger.domain.shared;

/**
 * Lengths and counts of free text, one value per kind of text, shared by the command handlers
 * and the pages (form field limits, table columns): a reason is a reason wherever it is given.
 */
public final class Limits {

    /** Why a request was rejected, returned, withdrawn or approved; why a permit changed. */
    public static final int REASON = 2000;
    /** A reviewer's vote comment, a conflict declaration, a node's answer. */
    public static final int COMMENT = 2000;
    /** One condition of an approval, carried on to the permit. */
    public static final int CONDITION = 500;
    /** How many conditions an approval, and so a permit, may carry. */
    public static final int CONDITIONS = 20;

    /** A panel comment, a question to the applicant, an answer. */
    public static final int MESSAGE = 4000;
    /** An attached document's file name, as the applicant's system named it. */
    public static final int FILE_NAME = 255;

    public static final int TITLE = 300;
    public static final int SUMMARY = 4000;
    public static final int NAME = 200;
    public static final int NOTE = 500;
    public static final int TOOL = 200;
    public static final int TOOL_VERSION = 100;
    public static final int CHECKPOINT_TEXT = 1000;

    private Limits() {}
}
