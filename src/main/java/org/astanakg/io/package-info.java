/**
 * Reading the project's YAML input files with positions: every value knows its file, line and
 * column, so that a bad value is reported as {@code file:line:col: field: what was expected}.
 */
package org.astanakg.io;
