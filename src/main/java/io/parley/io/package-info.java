/**
 * Reading, validating and writing Parley datasets in their JSON format, and exporting them as CSV
 * and as event data.
 *
 * <p>A dataset is a directory of JSON files, one per kind of record plus a manifest. {@code
 * DatasetReader} reads one all or nothing: it returns a whole, consistent {@link
 * io.parley.model.Dataset} or throws a {@link io.parley.io.DatasetException} that lists every
 * {@link io.parley.io.Problem} it found, each with file, line, column, record, field and reason.
 * {@code DatasetWriter} writes one in a single canonical form, so that reading and
 * writing a canonical dataset gives the same bytes.
 *
 * <p>Exporters turn a dataset into what other tools read: {@link io.parley.io.CsvExport} writes
 * RFC 4180 CSV files for R, pandas, SQL engines and spreadsheets, one per kind of record with link
 * tables, a Frictionless data package ({@code datapackage.json}) and a data dictionary; {@link
 * io.parley.io.EventExport} codes meetings as CAMEO events ({@link
 * io.parley.io.CameoEvent}) and PLOVER records ({@link io.parley.io.PloverEvent}).
 *
 * <p>Nothing in this package is null ({@code @NullMarked}).
 *
 * @since 0.1.0
 */
@NullMarked
package io.parley.io;

import org.jspecify.annotations.NullMarked;
