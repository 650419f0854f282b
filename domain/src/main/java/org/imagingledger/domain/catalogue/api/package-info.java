/**
 * The public language of the catalogue: the commands that register and maintain nodes
 * (data holders) and their imaging datasets, and the events that record what happened.
 * Everything here is public; the aggregates that decide live one package up and are not.
 */
package org.imagingledger.domain.catalogue.api;
