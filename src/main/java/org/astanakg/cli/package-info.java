/**
 * The {@code astana-kg} command line: one picocli command class per verb ({@code build}, {@code serve},
 * {@code query}, {@code validate}); {@link org.astanakg.cli.Main} only dispatches.
 */
package org.astanakg.cli;
