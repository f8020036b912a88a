/**
 * finsam's own text handling (<i>svensk text</i>), shared by its modules and not part of the API:
 * Swedish numbers, percentages, dates and amounts are printed and read here and nowhere else, and
 * printed tables are split into rows and cells here. Exported only to finsam's own modules.
 */
package dev.finsam.core.text;
