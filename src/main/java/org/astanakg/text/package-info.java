/**
 * Article text: reading and checking a text file, page furniture, sentences with code-point offsets
 * into the original text, the registry gazetteer and the resolution of dates against the publication day.
 * Nothing here deletes or rewrites text: every span points into the text as published.
 */
package org.astanakg.text;
