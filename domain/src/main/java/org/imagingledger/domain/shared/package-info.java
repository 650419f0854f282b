/**
 * What every feature of the domain shares: the rejection of a command with the field and
 * rule that failed ({@link org.imagingledger.domain.shared.CommandRejected},
 * {@link org.imagingledger.domain.shared.Violations}) and the controlled vocabularies
 * (GA4GH DUO, the Mondo cancer subset, imaging modalities, operations, countries).
 * All of it is public: the other modules map rejections to HTTP answers and show labels.
 */
package org.imagingledger.domain.shared;
