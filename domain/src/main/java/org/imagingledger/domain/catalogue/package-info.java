/**
 * Catalogue aggregates: nodes and their datasets. Only {@link org.imagingledger.domain.catalogue.Catalogue}
 * is public, so that the application can register the aggregates; commands and events are in {@code api}.
 */
package org.imagingledger.domain.catalogue;
