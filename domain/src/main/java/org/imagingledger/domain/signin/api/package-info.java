/** Events of password sign-in (demo and tests; people sign in through OpenID Connect in production). */
package org.imagingledger.domain.signin.api;
