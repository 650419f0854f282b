package org.imagingledger.demo;

/**
 * One feature's part of the demo data. Seeders run in {@link #order()} on the first start of
 * the demo profile, and create everything through the commands, never by inserting rows.
 */
public interface DemoSeeder {

    int order();

    void seed(DemoContext context);
}
