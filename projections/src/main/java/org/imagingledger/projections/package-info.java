/**
 * Read models of the event log. Each feature package holds its JPA views, repositories and the
 * event handlers (subscribing, so a view is updated in the same transaction as the events it
 * shows) that keep them; the web module reads them through the public query classes.
 */
package org.imagingledger.projections;
