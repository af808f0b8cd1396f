/**
 * Adapter around Tesseract (through Tess4J's JNA binding): native library loading and one
 * reusable engine per thread. No Tess4J type leaves this package.
 */
package io.github.chartdigitizer.ocr;
