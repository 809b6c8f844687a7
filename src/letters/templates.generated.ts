/* eslint-disable */
// @ts-nocheck
// GENERATED FILE: do not edit. Source: templates/*.hbs (precompiled with handlebars
// 4.7.10); regenerate with `node scripts/gen-templates.mjs`.
// Imports nothing: render.ts loads these specs into the handlebars runtime.

/** Precompiled template specifications, by template name (file name without .hbs). */
export const TEMPLATE_SPECS: Readonly<Record<string, unknown>> = {
  _anggota: {
    '0': function (container, depth0, helpers, partials, data) {
      return "<th style='border: 1px solid #000000; padding: 4px; width: 26mm; text-align: center;'>Tanda\nTangan</th>\n";
    },
    '1': function (container, depth0, helpers, partials, data) {
      return "<th\nstyle='border: 1px solid #000000; padding: 4px; width: 24mm; text-align: center;'\n>Keterangan</th>\n";
    },
    '2': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = container.strict,
        alias2 = container.lambda,
        alias3 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<tr>\n<td\nstyle='border: 1px solid #000000; padding: 4px; text-align: center; vertical-align: top;'\n>" +
        alias3(
          alias2(
            alias1(depth0, 'no', { start: { line: 28, column: 3 }, end: { line: 28, column: 5 } }),
            depth0,
          ),
        ) +
        "</td>\n<td\nstyle='border: 1px solid #000000; padding: 4px; vertical-align: top; word-break: break-word;'\n>" +
        alias3(
          alias2(
            alias1(depth0, 'name', {
              start: { line: 31, column: 3 },
              end: { line: 31, column: 7 },
            }),
            depth0,
          ),
        ) +
        '</td>\n<td\nstyle="border: 1px solid #000000; padding: 4px; vertical-align: top; font-family: \'Courier New\', monospace; white-space: nowrap;"\n>' +
        alias3(
          alias2(
            alias1(depth0, 'nik', { start: { line: 34, column: 3 }, end: { line: 34, column: 6 } }),
            depth0,
          ),
        ) +
        "</td>\n<td\nstyle='border: 1px solid #000000; padding: 4px; vertical-align: top; word-break: break-word;'\n>" +
        alias3(
          alias2(
            alias1(depth0, 'address', {
              start: { line: 37, column: 3 },
              end: { line: 37, column: 10 },
            }),
            depth0,
          ),
        ) +
        "</td>\n<td style='border: 1px solid #000000; padding: 4px; vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'status', {
              start: { line: 38, column: 76 },
              end: { line: 38, column: 82 },
            }),
            depth0,
          ),
        ) +
        '</td>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(lookupProperty(data, 'root'), 'signColumn'),
          {
            name: 'if',
            hash: {},
            fn: container.program(3, data, 0),
            inverse: container.program(4, data, 0),
            data: data,
            loc: { start: { line: 39, column: 0 }, end: { line: 45, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        '</tr>\n'
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      return (
        "<td\nstyle='border: 1px solid #000000; padding: 4px; vertical-align: top; height: 9mm;'\n>" +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'no', {
              start: { line: 42, column: 3 },
              end: { line: 42, column: 5 },
            }),
            depth0,
          ),
        ) +
        '.</td>\n'
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      return (
        "<td style='border: 1px solid #000000; padding: 4px; vertical-align: top;'>" +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'note', {
              start: { line: 44, column: 76 },
              end: { line: 44, column: 80 },
            }),
            depth0,
          ),
        ) +
        '</td>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = container.strict,
        alias2 = container.lambda,
        alias3 = container.escapeExpression,
        alias4 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<div style='font-weight: bold; margin: 10px 0 6px 0;'>" +
        alias3(
          alias2(
            alias1(depth0, 'caption', {
              start: { line: 2, column: 56 },
              end: { line: 2, column: 63 },
            }),
            depth0,
          ),
        ) +
        "</div>\n<table style='width: 100%; border-collapse: collapse; font-size: 10pt; line-height: 1.25;'>\n<thead>\n<tr style='background-color: #eeeeee;'>\n<th style='border: 1px solid #000000; padding: 4px; width: 8mm; text-align: center;'>No.</th>\n<th style='border: 1px solid #000000; padding: 4px; text-align: center;'>Nama</th>\n<th style='border: 1px solid #000000; padding: 4px; width: 36mm; text-align: center;'>NIK</th>\n<th style='border: 1px solid #000000; padding: 4px; text-align: center;'>Alamat</th>\n<th\nstyle='border: 1px solid #000000; padding: 4px; width: 30mm; text-align: center;'\n>Status</th>\n" +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias4,
          lookupProperty(depth0, 'signColumn'),
          {
            name: 'if',
            hash: {},
            fn: container.program(0, data, 0),
            inverse: container.program(1, data, 0),
            data: data,
            loc: { start: { line: 13, column: 0 }, end: { line: 20, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        '</tr>\n</thead>\n<tbody>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(alias4, lookupProperty(depth0, 'rows'), {
          name: 'each',
          hash: {},
          fn: container.program(2, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 24, column: 0 }, end: { line: 47, column: 9 } },
        })) != null
          ? stack1
          : '') +
        "</tbody>\n</table>\n<div style='font-size: 10pt; margin: 4px 0 0 0;'>Jumlah anggota: " +
        alias3(
          alias2(
            alias1(depth0, 'countLabel', {
              start: { line: 50, column: 67 },
              end: { line: 50, column: 77 },
            }),
            depth0,
          ),
        ) +
        '.</div>'
      );
    },
    useData: true,
  },
  _konsep: {
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      return "<div\nstyle='position: fixed; top: 38%; left: 0; width: 100%; text-align: center; font-size: 110pt; font-weight: bold; letter-spacing: 12px; color: #f6dede; transform: rotate(-35deg); z-index: -1;'\n>KONSEP</div>\n<div\nstyle='border: 2px solid #b00000; color: #b00000; text-align: center; font-weight: bold; padding: 4px; margin: 0 0 10px 0;'\n>KONSEP — belum ditandatangani dan belum bernomor; bukan surat resmi</div>";
    },
    useData: true,
  },
  _kop: {
    '0': function (container, depth0, helpers, partials, data) {
      return (
        "<img src='" +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'logo', {
              start: { line: 8, column: 12 },
              end: { line: 8, column: 16 },
            }),
            depth0,
          ),
        ) +
        "' alt='Logo' width='80' style='width: 21mm; height: auto;' />\n"
      );
    },
    '1': function (container, depth0, helpers, partials, data) {
      return (
        "<div style='font-size: 10pt; line-height: 1.3;'>" +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'contact', {
              start: { line: 20, column: 50 },
              end: { line: 20, column: 57 },
            }),
            depth0,
          ),
        ) +
        '</div>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      return (
        "<div style='font-size: 10pt; line-height: 1.3;'>" +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'website', {
              start: { line: 23, column: 50 },
              end: { line: 23, column: 57 },
            }),
            depth0,
          ),
        ) +
        '</div>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        alias2 = container.strict,
        alias3 = container.lambda,
        alias4 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<table style='width: 100%; border-collapse: collapse; margin: 0 0 14px 0;'>\n<tr>\n<td\nstyle='width: 24mm; text-align: center; vertical-align: middle; padding: 0 0 6px 0; border-bottom: 4px double #000000;'\n>\n" +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'logo'), {
          name: 'if',
          hash: {},
          fn: container.program(0, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 7, column: 0 }, end: { line: 9, column: 7 } },
        })) != null
          ? stack1
          : '') +
        "</td>\n<td\nstyle='text-align: center; vertical-align: middle; padding: 0 24mm 6px 0; border-bottom: 4px double #000000;'\n>\n<div style='font-size: 14pt; font-weight: bold; line-height: 1.2;'>" +
        alias4(
          alias3(
            alias2(depth0, 'government', {
              start: { line: 14, column: 69 },
              end: { line: 14, column: 79 },
            }),
            depth0,
          ),
        ) +
        "</div>\n<div\nstyle='font-size: 18pt; font-weight: bold; line-height: 1.2; letter-spacing: 1px;'\n>" +
        alias4(
          alias3(
            alias2(depth0, 'unit', {
              start: { line: 17, column: 3 },
              end: { line: 17, column: 7 },
            }),
            depth0,
          ),
        ) +
        "</div>\n<div style='font-size: 10pt; line-height: 1.3;'>" +
        alias4(
          alias3(
            alias2(depth0, 'address', {
              start: { line: 18, column: 50 },
              end: { line: 18, column: 57 },
            }),
            depth0,
          ),
        ) +
        '</div>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'contact'), {
          name: 'if',
          hash: {},
          fn: container.program(1, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 19, column: 0 }, end: { line: 21, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'website'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 22, column: 0 }, end: { line: 24, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</td>\n</tr>\n</table>'
      );
    },
    useData: true,
  },
  _ttd: {
    '0': function (container, depth0, helpers, partials, data) {
      return '<div>' + container.escapeExpression(container.lambda(depth0, depth0)) + '</div>\n';
    },
    '1': function (container, depth0, helpers, partials, data) {
      return (
        "<div style='font-weight: bold;'>" +
        container.escapeExpression(container.lambda(depth0, depth0)) +
        '</div>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      return '(belum ditandatangani)';
    },
    '3': function (container, depth0, helpers, partials, data) {
      return (
        '<div>' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'rank', {
              start: { line: 14, column: 7 },
              end: { line: 14, column: 11 },
            }),
            depth0,
          ),
        ) +
        '</div>\n'
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      return (
        '<div>' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'nipLine', {
              start: { line: 17, column: 7 },
              end: { line: 17, column: 14 },
            }),
            depth0,
          ),
        ) +
        '</div>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<div style='text-align: center; line-height: 1.35;'>\n" +
        ((stack1 = lookupProperty(helpers, 'each').call(
          alias1,
          lookupProperty(depth0, 'placeLines'),
          {
            name: 'each',
            hash: {},
            fn: container.program(0, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 3, column: 0 }, end: { line: 5, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'each').call(
          alias1,
          lookupProperty(depth0, 'titleLines'),
          {
            name: 'each',
            hash: {},
            fn: container.program(1, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 6, column: 0 }, end: { line: 8, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        "<div style='height: 24mm; line-height: 24mm; font-size: 9pt; font-style: italic; color: #777777;'>\n" +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'unsigned'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 10, column: 0 }, end: { line: 10, column: 45 } },
        })) != null
          ? stack1
          : '') +
        "\n</div>\n<div style='font-weight: bold; text-decoration: underline;'>" +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'name', {
              start: { line: 12, column: 62 },
              end: { line: 12, column: 66 },
            }),
            depth0,
          ),
        ) +
        '</div>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'rank'), {
          name: 'if',
          hash: {},
          fn: container.program(3, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 13, column: 0 }, end: { line: 15, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'nipLine'), {
          name: 'if',
          hash: {},
          fn: container.program(4, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 16, column: 0 }, end: { line: 18, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</div>'
      );
    },
    useData: true,
  },
  _verifikasi: {
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var alias1 = container.strict,
        alias2 = container.lambda,
        alias3 = container.escapeExpression;

      return (
        "<table\nstyle='width: 100%; border-collapse: collapse; margin: 16px 0 0 0; font-size: 9pt; line-height: 1.3;'\n>\n<tr>\n<td\nstyle='width: 30mm; border: 1px solid #777777; padding: 4px; text-align: center; vertical-align: middle;'\n>\n<img\nsrc='" +
        alias3(
          alias2(
            alias1(depth0, 'qr', { start: { line: 10, column: 7 }, end: { line: 10, column: 9 } }),
            depth0,
          ),
        ) +
        "'\nalt='Kode QR verifikasi'\nwidth='100'\nheight='100'\nstyle='width: 26mm; height: 26mm;'\n/>\n</td>\n<td style='border: 1px solid #777777; padding: 6px 8px; vertical-align: middle;'>\n<div style='font-weight: bold;'>Verifikasi keaslian surat</div>\n<div>Kode verifikasi:\n<span\nstyle=\"font-family: 'Courier New', monospace; font-weight: bold; font-size: 11pt;\"\n>" +
        alias3(
          alias2(
            alias1(depth0, 'code', {
              start: { line: 22, column: 3 },
              end: { line: 22, column: 7 },
            }),
            depth0,
          ),
        ) +
        '</span></div>\n<div>Pindai kode QR atau verifikasi di ' +
        alias3(
          alias2(
            alias1(depth0, 'url', {
              start: { line: 23, column: 41 },
              end: { line: 23, column: 44 },
            }),
            depth0,
          ),
        ) +
        "</div>\n<div style='color: #555555;'>Halaman verifikasi hanya menampilkan status, jenis, nomor, dan\ntanggal surat serta nama kelompok.</div>\n</td>\n</tr>\n</table>"
      );
    },
    useData: true,
  },
  bast: {
    '0': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        ',\n' +
        container.escapeExpression(
          container.lambda(
            container.strict(lookupProperty(depth0, 'group'), 'area', {
              start: { line: 59, column: 2 },
              end: { line: 59, column: 12 },
            }),
            depth0,
          ),
        )
      );
    },
    '1': function (container, depth0, helpers, partials, data) {
      var alias1 = container.strict,
        alias2 = container.lambda,
        alias3 = container.escapeExpression;

      return (
        "<p style='margin: 0 0 8px 0; text-align: justify;'>\n<b>PIHAK PERTAMA</b>\nmenyerahkan kepada\n<b>PIHAK KEDUA</b>, dan\n<b>PIHAK KEDUA</b>\nmenerima dari\n<b>PIHAK PERTAMA</b>, bantuan Usaha Ekonomi Produktif (UEP) berupa uang sebesar\n<b>" +
        alias3(
          alias2(
            alias1(depth0, 'totalLabel', {
              start: { line: 76, column: 5 },
              end: { line: 76, column: 15 },
            }),
            depth0,
          ),
        ) +
        '</b>\n(<i>' +
        alias3(
          alias2(
            alias1(depth0, 'totalWords', {
              start: { line: 77, column: 6 },
              end: { line: 77, column: 16 },
            }),
            depth0,
          ),
        ) +
        '</i>).\n</p>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = container.strict,
        alias2 = container.lambda,
        alias3 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<p style='margin: 0 0 8px 0; text-align: justify;'>\n<b>PIHAK PERTAMA</b>\nmenyerahkan kepada\n<b>PIHAK KEDUA</b>, dan\n<b>PIHAK KEDUA</b>\nmenerima dari\n<b>PIHAK PERTAMA</b>, bantuan Usaha Ekonomi Produktif (UEP) berupa barang sesuai dengan\nRencana Anggaran Biaya (RAB) yang disetujui, dengan rincian sebagai berikut:\n</p>\n<table\nstyle='width: 100%; border-collapse: collapse; font-size: 10pt; line-height: 1.25; margin: 0 0 8px 0;'\n>\n<thead>\n<tr style='background-color: #eeeeee;'>\n<th\nstyle='border: 1px solid #000000; padding: 4px; width: 8mm; text-align: center;'\n>No.</th>\n<th style='border: 1px solid #000000; padding: 4px; text-align: center;'>Uraian Barang</th>\n<th\nstyle='border: 1px solid #000000; padding: 4px; width: 22mm; text-align: center;'\n>Banyaknya</th>\n<th\nstyle='border: 1px solid #000000; padding: 4px; width: 28mm; text-align: center;'\n>Harga Satuan</th>\n<th\nstyle='border: 1px solid #000000; padding: 4px; width: 30mm; text-align: center;'\n>Jumlah</th>\n<th\nstyle='border: 1px solid #000000; padding: 4px; width: 30mm; text-align: center;'\n>Kesesuaian RAB</th>\n</tr>\n</thead>\n<tbody>\n" +
        ((stack1 = lookupProperty(helpers, 'each').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'items'),
          {
            name: 'each',
            hash: {},
            fn: container.program(3, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 113, column: 0 }, end: { line: 134, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        "<tr>\n<td\nstyle='border: 1px solid #000000; padding: 4px; text-align: right; font-weight: bold;'\ncolspan='4'\n>Jumlah</td>\n<td\nstyle='border: 1px solid #000000; padding: 4px; text-align: right; font-weight: bold; white-space: nowrap;'\n>" +
        alias3(
          alias2(
            alias1(depth0, 'totalLabel', {
              start: { line: 142, column: 3 },
              end: { line: 142, column: 13 },
            }),
            depth0,
          ),
        ) +
        "</td>\n<td style='border: 1px solid #000000; padding: 4px;'></td>\n</tr>\n<tr>\n<td\nstyle='border: 1px solid #000000; padding: 4px; font-style: italic;'\ncolspan='6'\n>Terbilang: " +
        alias3(
          alias2(
            alias1(depth0, 'totalWords', {
              start: { line: 149, column: 14 },
              end: { line: 149, column: 24 },
            }),
            depth0,
          ),
        ) +
        '</td>\n</tr>\n</tbody>\n</table>\n'
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      var alias1 = depth0 != null ? depth0 : container.nullContext || {},
        alias2 = container.escapeExpression,
        alias3 = container.strict,
        alias4 = container.lambda,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<tr>\n<td\nstyle='border: 1px solid #000000; padding: 4px; text-align: center; vertical-align: top;'\n>" +
        alias2(
          lookupProperty(helpers, 'inc').call(alias1, lookupProperty(data, 'index'), {
            name: 'inc',
            hash: {},
            data: data,
            loc: { start: { line: 117, column: 1 }, end: { line: 117, column: 15 } },
          }),
        ) +
        "</td>\n<td\nstyle='border: 1px solid #000000; padding: 4px; vertical-align: top;'\n>" +
        alias2(
          alias4(
            alias3(depth0, 'name', {
              start: { line: 120, column: 3 },
              end: { line: 120, column: 7 },
            }),
            depth0,
          ),
        ) +
        "</td>\n<td\nstyle='border: 1px solid #000000; padding: 4px; vertical-align: top; text-align: center;'\n>" +
        alias2(
          alias4(
            alias3(depth0, 'qtyLabel', {
              start: { line: 123, column: 3 },
              end: { line: 123, column: 11 },
            }),
            depth0,
          ),
        ) +
        ' ' +
        alias2(
          alias4(
            alias3(depth0, 'unit', {
              start: { line: 123, column: 16 },
              end: { line: 123, column: 20 },
            }),
            depth0,
          ),
        ) +
        "</td>\n<td\nstyle='border: 1px solid #000000; padding: 4px; vertical-align: top; text-align: right; white-space: nowrap;'\n>" +
        alias2(
          lookupProperty(helpers, 'rupiah').call(alias1, lookupProperty(depth0, 'price'), {
            name: 'rupiah',
            hash: {},
            data: data,
            loc: { start: { line: 126, column: 1 }, end: { line: 126, column: 17 } },
          }),
        ) +
        "</td>\n<td\nstyle='border: 1px solid #000000; padding: 4px; vertical-align: top; text-align: right; white-space: nowrap;'\n>" +
        alias2(
          lookupProperty(helpers, 'rupiah').call(alias1, lookupProperty(depth0, 'total'), {
            name: 'rupiah',
            hash: {},
            data: data,
            loc: { start: { line: 129, column: 1 }, end: { line: 129, column: 17 } },
          }),
        ) +
        "</td>\n<td\nstyle='border: 1px solid #000000; padding: 4px; vertical-align: top;'\n>" +
        alias2(
          alias4(
            alias3(depth0, 'rabLabel', {
              start: { line: 132, column: 3 },
              end: { line: 132, column: 11 },
            }),
            depth0,
          ),
        ) +
        '</td>\n</tr>\n'
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      return (
        "<p style='margin: 0 0 8px 0; text-align: justify;'>" +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'note', {
              start: { line: 166, column: 53 },
              end: { line: 166, column: 57 },
            }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        "<tr>\n<td style='vertical-align: top; padding: 12px 0 0 0;' colspan='2'>\n<div style='text-align: center;'>Mengetahui,</div>\n" +
        container.escapeExpression(
          lookupProperty(helpers, 'part').call(
            depth0 != null ? depth0 : container.nullContext || {},
            'ttd',
            lookupProperty(depth0, 'acknowledged'),
            {
              name: 'part',
              hash: {},
              data: data,
              loc: { start: { line: 183, column: 0 }, end: { line: 183, column: 27 } },
            },
          ),
        ) +
        '\n</td>\n</tr>\n'
      );
    },
    '6': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        container.escapeExpression(
          lookupProperty(helpers, 'part').call(
            depth0 != null ? depth0 : container.nullContext || {},
            'verifikasi',
            lookupProperty(depth0, 'verification'),
            {
              name: 'part',
              hash: {},
              data: data,
              loc: { start: { line: 189, column: 0 }, end: { line: 189, column: 34 } },
            },
          ),
        ) + '\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = container.strict,
        alias2 = container.lambda,
        alias3 = container.escapeExpression,
        alias4 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<html lang='id'>\n<head>\n<meta charset='utf-8' />\n<title>" +
        alias3(
          alias2(
            alias1(depth0, 'title', {
              start: { line: 4, column: 9 },
              end: { line: 4, column: 14 },
            }),
            depth0,
          ),
        ) +
        ' ' +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'name', {
              start: { line: 4, column: 19 },
              end: { line: 4, column: 29 },
            }),
            depth0,
          ),
        ) +
        "</title>\n</head>\n<body style='margin: 0; background-color: #ffffff;'>\n<div\nstyle='max-width: 170mm; margin: 0 auto; padding: 12mm 0; font-family: Arial, Helvetica, sans-serif; font-size: 12pt; line-height: 1.4; color: #000000;'\n>\n" +
        alias3(
          lookupProperty(helpers, 'part').call(alias4, 'kop', lookupProperty(depth0, 'kop'), {
            name: 'part',
            hash: {},
            data: data,
            loc: { start: { line: 10, column: 0 }, end: { line: 10, column: 18 } },
          }),
        ) +
        "\n<div style='text-align: center; margin: 0 0 14px 0;'>\n<div style='font-size: 13pt; font-weight: bold;'>BERITA ACARA SERAH TERIMA</div>\n<div style='font-weight: bold; text-decoration: underline;'>BANTUAN USAHA EKONOMI PRODUKTIF\n(UEP) WRSE</div>\n<div>Nomor: " +
        alias3(
          alias2(
            alias1(depth0, 'number', {
              start: { line: 15, column: 14 },
              end: { line: 15, column: 20 },
            }),
            depth0,
          ),
        ) +
        "</div>\n</div>\n<p style='margin: 0 0 8px 0; text-align: justify;'>\nPada hari ini\n" +
        alias3(
          alias2(
            alias1(depth0, 'dayText', {
              start: { line: 19, column: 2 },
              end: { line: 19, column: 9 },
            }),
            depth0,
          ),
        ) +
        '\n' +
        alias3(
          alias2(
            alias1(depth0, 'dayNumeric', {
              start: { line: 20, column: 2 },
              end: { line: 20, column: 12 },
            }),
            depth0,
          ),
        ) +
        ', bertempat di\n' +
        alias3(
          alias2(
            alias1(depth0, 'venue', {
              start: { line: 21, column: 2 },
              end: { line: 21, column: 7 },
            }),
            depth0,
          ),
        ) +
        ", kami yang bertanda tangan di bawah ini:\n</p>\n<table style='border-collapse: collapse; margin: 0 0 4px 0;'>\n<tr><td style='width: 8mm; vertical-align: top;'>1.</td><td\nstyle='width: 38mm; vertical-align: top;'\n>Nama</td><td style='width: 4mm; vertical-align: top;'>:</td><td\nstyle='vertical-align: top; font-weight: bold;'\n>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'firstParty'), 'name', {
              start: { line: 28, column: 3 },
              end: { line: 28, column: 18 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td></td><td style='vertical-align: top;'>NIP</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'firstParty'), 'nipLine', {
              start: { line: 31, column: 42 },
              end: { line: 31, column: 60 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td></td><td style='vertical-align: top;'>Pangkat/Golongan</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'firstParty'), 'rank', {
              start: { line: 34, column: 42 },
              end: { line: 34, column: 57 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td></td><td style='vertical-align: top;'>Jabatan</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'firstParty'), 'position', {
              start: { line: 37, column: 42 },
              end: { line: 37, column: 61 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n</table>\n<p style='margin: 0 0 8px 8mm; text-align: justify;'>\ndalam hal ini bertindak untuk dan atas nama\n" +
        alias3(
          alias2(
            alias1(depth0, 'officeName', {
              start: { line: 41, column: 2 },
              end: { line: 41, column: 12 },
            }),
            depth0,
          ),
        ) +
        ", selanjutnya disebut\n<b>PIHAK PERTAMA</b>.\n</p>\n<table style='border-collapse: collapse; margin: 0 0 4px 0;'>\n<tr><td style='width: 8mm; vertical-align: top;'>2.</td><td\nstyle='width: 38mm; vertical-align: top;'\n>Nama</td><td style='width: 4mm; vertical-align: top;'>:</td><td\nstyle='vertical-align: top; font-weight: bold;'\n>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'secondParty'), 'name', {
              start: { line: 49, column: 3 },
              end: { line: 49, column: 19 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td></td><td style='vertical-align: top;'>NIK</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'secondParty'), 'nik', {
              start: { line: 52, column: 42 },
              end: { line: 52, column: 57 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td></td><td style='vertical-align: top;'>Jabatan</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'secondParty'), 'role', {
              start: { line: 55, column: 42 },
              end: { line: 55, column: 58 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td></td><td style='vertical-align: top;'>Alamat</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'address', {
              start: { line: 58, column: 42 },
              end: { line: 58, column: 55 },
            }),
            depth0,
          ),
        ) +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias4,
          lookupProperty(lookupProperty(depth0, 'group'), 'area'),
          {
            name: 'if',
            hash: {},
            fn: container.program(0, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 58, column: 57 }, end: { line: 59, column: 21 } },
          },
        )) != null
          ? stack1
          : '') +
        "</td></tr>\n</table>\n<p style='margin: 0 0 8px 8mm; text-align: justify;'>\ndalam hal ini bertindak untuk dan atas nama Kelompok WRSE\n" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'name', {
              start: { line: 63, column: 2 },
              end: { line: 63, column: 12 },
            }),
            depth0,
          ),
        ) +
        '\nberanggotakan\n' +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'members'), 'countLabel', {
              start: { line: 65, column: 2 },
              end: { line: 65, column: 20 },
            }),
            depth0,
          ),
        ) +
        ', selanjutnya disebut\n<b>PIHAK KEDUA</b>.\n</p>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias4, lookupProperty(depth0, 'cash'), {
          name: 'if',
          hash: {},
          fn: container.program(1, data, 0),
          inverse: container.program(2, data, 0),
          data: data,
          loc: { start: { line: 68, column: 0 }, end: { line: 153, column: 7 } },
        })) != null
          ? stack1
          : '') +
        "<p style='margin: 0 0 8px 0; text-align: justify;'>\nNilai Rencana Anggaran Biaya (RAB) yang disetujui:\n" +
        alias3(
          alias2(
            alias1(depth0, 'rabLabel', {
              start: { line: 156, column: 2 },
              end: { line: 156, column: 10 },
            }),
            depth0,
          ),
        ) +
        '.\n' +
        alias3(
          alias2(
            alias1(depth0, 'rabComparison', {
              start: { line: 157, column: 2 },
              end: { line: 157, column: 15 },
            }),
            depth0,
          ),
        ) +
        "\n</p>\n<p style='margin: 0 0 8px 0; text-align: justify;'>\nSejak berita acara ini ditandatangani, bantuan tersebut menjadi tanggung jawab\n<b>PIHAK KEDUA</b>\nuntuk dikelola bersama seluruh anggota kelompok sesuai dengan usulan kebutuhan kelompok, dan\ntidak untuk dipindahtangankan.\n</p>\n" +
        ((stack1 = lookupProperty(helpers, 'if').call(alias4, lookupProperty(depth0, 'note'), {
          name: 'if',
          hash: {},
          fn: container.program(4, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 165, column: 0 }, end: { line: 167, column: 7 } },
        })) != null
          ? stack1
          : '') +
        "<p style='margin: 0 0 8px 0; text-align: justify;'>\nDemikian Berita Acara Serah Terima ini dibuat dalam rangkap 2 (dua), masing-masing mempunyai\nkekuatan hukum yang sama, untuk dipergunakan sebagaimana mestinya.\n</p>\n<table\nstyle='width: 100%; border-collapse: collapse; margin: 8px 0 0 0; page-break-inside: avoid;'\n>\n<tr>\n<td style='width: 50%; vertical-align: top;'>" +
        alias3(
          lookupProperty(helpers, 'part').call(
            alias4,
            'ttd',
            lookupProperty(depth0, 'secondSignature'),
            {
              name: 'part',
              hash: {},
              data: data,
              loc: { start: { line: 176, column: 45 }, end: { line: 176, column: 75 } },
            },
          ),
        ) +
        "</td>\n<td style='width: 50%; vertical-align: top;'>" +
        alias3(
          lookupProperty(helpers, 'part').call(alias4, 'ttd', lookupProperty(depth0, 'signature'), {
            name: 'part',
            hash: {},
            data: data,
            loc: { start: { line: 177, column: 45 }, end: { line: 177, column: 69 } },
          }),
        ) +
        '</td>\n</tr>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias4,
          lookupProperty(depth0, 'acknowledged'),
          {
            name: 'if',
            hash: {},
            fn: container.program(5, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 179, column: 0 }, end: { line: 186, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        '</table>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias4,
          lookupProperty(depth0, 'verification'),
          {
            name: 'if',
            hash: {},
            fn: container.program(6, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 188, column: 0 }, end: { line: 190, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        "<div style='page-break-before: always; margin: 24px 0 0 0;'>\n<table style='border-collapse: collapse; margin: 0 0 0 auto; font-size: 10pt;'>\n<tr><td style='vertical-align: top;' colspan='3'>Lampiran " +
        alias3(
          alias2(
            alias1(depth0, 'title', {
              start: { line: 193, column: 60 },
              end: { line: 193, column: 65 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top; width: 16mm;'>Nomor</td><td\nstyle='vertical-align: top; width: 4mm;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'number', {
              start: { line: 196, column: 42 },
              end: { line: 196, column: 48 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Tanggal</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'dateLabel', {
              start: { line: 199, column: 42 },
              end: { line: 199, column: 51 },
            }),
            depth0,
          ),
        ) +
        '</td></tr>\n</table>\n' +
        alias3(
          lookupProperty(helpers, 'part').call(
            alias4,
            'anggota',
            lookupProperty(depth0, 'members'),
            {
              name: 'part',
              hash: {},
              data: data,
              loc: { start: { line: 201, column: 0 }, end: { line: 201, column: 26 } },
            },
          ),
        ) +
        '\n</div>\n</div>\n</body>\n</html>'
      );
    },
    useData: true,
  },
  berkas: {
    '0': function (container, depth0, helpers, partials, data) {
      return (
        '<li>' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'title', {
              start: { line: 19, column: 6 },
              end: { line: 19, column: 11 },
            }),
            depth0,
          ),
        ) +
        '</li>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = container.strict,
        alias2 = container.lambda,
        alias3 = container.escapeExpression,
        alias4 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<div style='font-weight: bold; font-size: 11.5pt; margin: 14px 0 4px 0;'>" +
        alias3(
          alias2(
            alias1(depth0, 'no', {
              start: { line: 24, column: 75 },
              end: { line: 24, column: 77 },
            }),
            depth0,
          ),
        ) +
        '.\n' +
        alias3(
          alias2(
            alias1(depth0, 'title', {
              start: { line: 25, column: 2 },
              end: { line: 25, column: 7 },
            }),
            depth0,
          ),
        ) +
        '</div>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias4,
          lookupProperty(lookupProperty(depth0, 'fields'), 'length'),
          {
            name: 'if',
            hash: {},
            fn: container.program(2, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 26, column: 0 }, end: { line: 34, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias4, lookupProperty(depth0, 'table'), {
          name: 'if',
          hash: {},
          fn: container.program(4, data, 0),
          inverse: container.program(8, data, 0),
          data: data,
          loc: { start: { line: 35, column: 0 }, end: { line: 58, column: 7 } },
        })) != null
          ? stack1
          : '')
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<table style='border-collapse: collapse; margin: 0 0 6px 0; width: 100%;'>\n" +
        ((stack1 = lookupProperty(helpers, 'each').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'fields'),
          {
            name: 'each',
            hash: {},
            fn: container.program(3, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 28, column: 0 }, end: { line: 32, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</table>\n'
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      var alias1 = container.strict,
        alias2 = container.lambda,
        alias3 = container.escapeExpression;

      return (
        "<tr><td style='width: 62mm; vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'label', {
              start: { line: 29, column: 52 },
              end: { line: 29, column: 57 },
            }),
            depth0,
          ),
        ) +
        "</td><td\nstyle='width: 4mm; vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'value', {
              start: { line: 31, column: 42 },
              end: { line: 31, column: 47 },
            }),
            depth0,
          ),
        ) +
        '</td></tr>\n'
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<table style='width: 100%; border-collapse: collapse; font-size: 8.5pt;'>\n<tr>\n" +
        ((stack1 = lookupProperty(helpers, 'each').call(
          alias1,
          lookupProperty(lookupProperty(depth0, 'table'), 'header'),
          {
            name: 'each',
            hash: {},
            fn: container.program(5, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 38, column: 0 }, end: { line: 42, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</tr>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(
          alias1,
          lookupProperty(lookupProperty(depth0, 'table'), 'rows'),
          {
            name: 'each',
            hash: {},
            fn: container.program(6, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 44, column: 0 }, end: { line: 52, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</table>\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data) {
      return (
        "<th\nstyle='border: 1px solid #000000; padding: 2px 3px; background-color: #eeeeee;'\n>" +
        container.escapeExpression(container.lambda(depth0, depth0)) +
        '</th>\n'
      );
    },
    '6': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<tr>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(
          depth0 != null ? depth0 : container.nullContext || {},
          depth0,
          {
            name: 'each',
            hash: {},
            fn: container.program(7, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 46, column: 0 }, end: { line: 50, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</tr>\n'
      );
    },
    '7': function (container, depth0, helpers, partials, data) {
      return (
        "<td\nstyle='border: 1px solid #000000; padding: 2px 3px; vertical-align: top;'\n>" +
        container.escapeExpression(container.lambda(depth0, depth0)) +
        '</td>\n'
      );
    },
    '8': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'unless').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'fields'), 'length'),
        {
          name: 'unless',
          hash: {},
          fn: container.program(9, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 55, column: 0 }, end: { line: 57, column: 11 } },
        },
      )) != null
        ? stack1
        : '';
    },
    '9': function (container, depth0, helpers, partials, data) {
      return (
        "<p style='margin: 0; font-style: italic;'>" +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'empty', {
              start: { line: 56, column: 44 },
              end: { line: 56, column: 49 },
            }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = container.strict,
        alias2 = container.lambda,
        alias3 = container.escapeExpression,
        alias4 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<html lang='id'>\n<head>\n<meta charset='utf-8' />\n<title>Berkas Audit " +
        alias3(
          alias2(
            alias1(depth0, 'caseId', {
              start: { line: 4, column: 22 },
              end: { line: 4, column: 28 },
            }),
            depth0,
          ),
        ) +
        ' ' +
        alias3(
          alias2(
            alias1(depth0, 'groupName', {
              start: { line: 4, column: 33 },
              end: { line: 4, column: 42 },
            }),
            depth0,
          ),
        ) +
        "</title>\n</head>\n<body style='margin: 0; background-color: #ffffff;'>\n<div\nstyle='max-width: 180mm; margin: 0 auto; padding: 12mm 0; font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #000000;'\n>\n" +
        alias3(
          lookupProperty(helpers, 'part').call(alias4, 'kop', lookupProperty(depth0, 'kop'), {
            name: 'part',
            hash: {},
            data: data,
            loc: { start: { line: 10, column: 0 }, end: { line: 10, column: 18 } },
          }),
        ) +
        "\n<div style='text-align: center; margin: 0 0 12px 0;'>\n<div style='font-size: 13pt; font-weight: bold;'>" +
        alias3(
          alias2(
            alias1(depth0, 'title', {
              start: { line: 12, column: 51 },
              end: { line: 12, column: 56 },
            }),
            depth0,
          ),
        ) +
        "</div>\n<div style='font-weight: bold;'>" +
        alias3(
          alias2(
            alias1(depth0, 'groupName', {
              start: { line: 13, column: 34 },
              end: { line: 13, column: 43 },
            }),
            depth0,
          ),
        ) +
        '</div>\n<div>Nomor register ' +
        alias3(
          alias2(
            alias1(depth0, 'caseId', {
              start: { line: 14, column: 22 },
              end: { line: 14, column: 28 },
            }),
            depth0,
          ),
        ) +
        "</div>\n</div>\n<div style='font-weight: bold; margin: 0 0 4px 0;'>Daftar isi</div>\n<ol style='margin: 0 0 12px 0;'>\n" +
        ((stack1 = lookupProperty(helpers, 'each').call(alias4, lookupProperty(depth0, 'index'), {
          name: 'each',
          hash: {},
          fn: container.program(0, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 18, column: 0 }, end: { line: 20, column: 9 } },
        })) != null
          ? stack1
          : '') +
        "</ol>\n<p style='margin: 0 0 10px 0; font-size: 9pt;'>" +
        alias3(
          alias2(
            alias1(depth0, 'nikNote', {
              start: { line: 22, column: 49 },
              end: { line: 22, column: 56 },
            }),
            depth0,
          ),
        ) +
        '</p>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(
          alias4,
          lookupProperty(depth0, 'sections'),
          {
            name: 'each',
            hash: {},
            fn: container.program(1, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 23, column: 0 }, end: { line: 59, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        "<div style='font-size: 8pt; color: #444444; margin: 14px 0 0 0;'>" +
        alias3(
          alias2(
            alias1(depth0, 'generatedLabel', {
              start: { line: 60, column: 67 },
              end: { line: 60, column: 81 },
            }),
            depth0,
          ),
        ) +
        '</div>\n</div>\n</body>\n</html>'
      );
    },
    useData: true,
  },
  disposisi: {
    '0': function (container, depth0, helpers, partials, data) {
      return (
        '<div>Nomor: ' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'number', {
              start: { line: 15, column: 14 },
              end: { line: 15, column: 20 },
            }),
            depth0,
          ),
        ) +
        '</div>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<span style='padding: 0 10px 0 6px;'><span\nstyle=\"font-family: 'DejaVu Sans', 'Segoe UI Symbol', Arial, sans-serif;\"\n>" +
        ((stack1 = lookupProperty(helpers, 'if').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'checked'),
          {
            name: 'if',
            hash: {},
            fn: container.program(2, data, 0),
            inverse: container.program(3, data, 0),
            data: data,
            loc: { start: { line: 37, column: 1 }, end: { line: 37, column: 33 } },
          },
        )) != null
          ? stack1
          : '') +
        '</span>\n' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'label', {
              start: { line: 38, column: 2 },
              end: { line: 38, column: 7 },
            }),
            depth0,
          ),
        ) +
        '</span>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      return '☑';
    },
    '3': function (container, depth0, helpers, partials, data) {
      return '☐';
    },
    '4': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        ', ' +
        container.escapeExpression(
          container.lambda(
            container.strict(lookupProperty(depth0, 'group'), 'area', {
              start: { line: 50, column: 52 },
              end: { line: 50, column: 62 },
            }),
            depth0,
          ),
        )
      );
    },
    '5': function (container, depth0, helpers, partials, data) {
      var alias1 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<div>' +
        alias1(
          lookupProperty(helpers, 'inc').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(data, 'index'),
            {
              name: 'inc',
              hash: {},
              data: data,
              loc: { start: { line: 57, column: 5 }, end: { line: 57, column: 19 } },
            },
          ),
        ) +
        '. ' +
        alias1(container.lambda(depth0, depth0)) +
        '</div>\n'
      );
    },
    '6': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<div><span\nstyle=\"font-family: 'DejaVu Sans', 'Segoe UI Symbol', Arial, sans-serif;\"\n>" +
        ((stack1 = lookupProperty(helpers, 'if').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'checked'),
          {
            name: 'if',
            hash: {},
            fn: container.program(2, data, 0),
            inverse: container.program(3, data, 0),
            data: data,
            loc: { start: { line: 65, column: 1 }, end: { line: 65, column: 33 } },
          },
        )) != null
          ? stack1
          : '') +
        '</span>\n' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'label', {
              start: { line: 66, column: 2 },
              end: { line: 66, column: 7 },
            }),
            depth0,
          ),
        ) +
        '</div>\n'
      );
    },
    '7': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        container.escapeExpression(
          lookupProperty(helpers, 'part').call(
            depth0 != null ? depth0 : container.nullContext || {},
            'verifikasi',
            lookupProperty(depth0, 'verification'),
            {
              name: 'part',
              hash: {},
              data: data,
              loc: { start: { line: 92, column: 0 }, end: { line: 92, column: 34 } },
            },
          ),
        ) + '\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = container.strict,
        alias2 = container.lambda,
        alias3 = container.escapeExpression,
        alias4 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<html lang='id'>\n<head>\n<meta charset='utf-8' />\n<title>" +
        alias3(
          alias2(
            alias1(depth0, 'title', {
              start: { line: 4, column: 9 },
              end: { line: 4, column: 14 },
            }),
            depth0,
          ),
        ) +
        ' ' +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'name', {
              start: { line: 4, column: 19 },
              end: { line: 4, column: 29 },
            }),
            depth0,
          ),
        ) +
        "</title>\n</head>\n<body style='margin: 0; background-color: #ffffff;'>\n<div\nstyle='max-width: 170mm; margin: 0 auto; padding: 12mm 0; font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.35; color: #000000;'\n>\n" +
        alias3(
          lookupProperty(helpers, 'part').call(alias4, 'kop', lookupProperty(depth0, 'kop'), {
            name: 'part',
            hash: {},
            data: data,
            loc: { start: { line: 10, column: 0 }, end: { line: 10, column: 18 } },
          }),
        ) +
        "\n<div style='text-align: center; margin: 0 0 10px 0;'>\n<div style='font-size: 13pt; font-weight: bold; text-decoration: underline;'>LEMBAR\nDISPOSISI</div>\n" +
        ((stack1 = lookupProperty(helpers, 'if').call(alias4, lookupProperty(depth0, 'number'), {
          name: 'if',
          hash: {},
          fn: container.program(0, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 14, column: 0 }, end: { line: 16, column: 7 } },
        })) != null
          ? stack1
          : '') +
        "</div>\n<table style='width: 100%; border-collapse: collapse;'>\n<tr>\n<td style='width: 50%; border: 1px solid #000000; padding: 5px 6px; vertical-align: top;'>\n<div>Surat dari: <b>" +
        alias3(
          alias2(
            alias1(depth0, 'sender', {
              start: { line: 21, column: 22 },
              end: { line: 21, column: 28 },
            }),
            depth0,
          ),
        ) +
        '</b></div>\n<div>Nomor surat: ' +
        alias3(
          alias2(
            alias1(depth0, 'sourceNumber', {
              start: { line: 22, column: 20 },
              end: { line: 22, column: 32 },
            }),
            depth0,
          ),
        ) +
        '</div>\n<div>Tanggal surat: ' +
        alias3(
          alias2(
            alias1(depth0, 'sourceDateLabel', {
              start: { line: 23, column: 22 },
              end: { line: 23, column: 37 },
            }),
            depth0,
          ),
        ) +
        "</div>\n</td>\n<td style='border: 1px solid #000000; padding: 5px 6px; vertical-align: top;'>\n<div>Diterima tanggal: " +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'receivedLabel', {
              start: { line: 26, column: 25 },
              end: { line: 26, column: 44 },
            }),
            depth0,
          ),
        ) +
        '</div>\n<div>Nomor agenda: <b>' +
        alias3(
          alias2(
            alias1(depth0, 'agendaNumber', {
              start: { line: 27, column: 24 },
              end: { line: 27, column: 36 },
            }),
            depth0,
          ),
        ) +
        '</b></div>\n<div>Nomor register: ' +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'caseId', {
              start: { line: 28, column: 23 },
              end: { line: 28, column: 35 },
            }),
            depth0,
          ),
        ) +
        "</div>\n</td>\n</tr>\n<tr>\n<td style='border: 1px solid #000000; padding: 5px 6px; vertical-align: top;' colspan='2'>\n<span>Sifat:</span>\n" +
        ((stack1 = lookupProperty(helpers, 'each').call(
          alias4,
          lookupProperty(depth0, 'natureOptions'),
          {
            name: 'each',
            hash: {},
            fn: container.program(1, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 34, column: 0 }, end: { line: 39, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        "</td>\n</tr>\n<tr>\n<td style='border: 1px solid #000000; padding: 5px 6px; vertical-align: top;' colspan='2'>\n<div>Hal: <b>" +
        alias3(
          alias2(
            alias1(depth0, 'perihal', {
              start: { line: 44, column: 15 },
              end: { line: 44, column: 22 },
            }),
            depth0,
          ),
        ) +
        '</b></div>\n<div>Kelompok:\n' +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'name', {
              start: { line: 46, column: 2 },
              end: { line: 46, column: 12 },
            }),
            depth0,
          ),
        ) +
        '; ketua\n' +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'leader', {
              start: { line: 47, column: 2 },
              end: { line: 47, column: 14 },
            }),
            depth0,
          ),
        ) +
        '; usaha\n' +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'business', {
              start: { line: 48, column: 2 },
              end: { line: 48, column: 16 },
            }),
            depth0,
          ),
        ) +
        ';\n' +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'members'), 'countLabel', {
              start: { line: 49, column: 2 },
              end: { line: 49, column: 20 },
            }),
            depth0,
          ),
        ) +
        '</div>\n<div>Alamat: ' +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'address', {
              start: { line: 50, column: 15 },
              end: { line: 50, column: 28 },
            }),
            depth0,
          ),
        ) +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias4,
          lookupProperty(lookupProperty(depth0, 'group'), 'area'),
          {
            name: 'if',
            hash: {},
            fn: container.program(4, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 50, column: 30 }, end: { line: 50, column: 71 } },
          },
        )) != null
          ? stack1
          : '') +
        "</div>\n</td>\n</tr>\n<tr>\n<td style='border: 1px solid #000000; padding: 5px 6px; vertical-align: top;'>\n<div style='font-weight: bold; margin: 0 0 4px 0;'>Diteruskan kepada Sdr.:</div>\n" +
        ((stack1 = lookupProperty(helpers, 'each').call(
          alias4,
          lookupProperty(depth0, 'forwardTo'),
          {
            name: 'each',
            hash: {},
            fn: container.program(5, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 56, column: 0 }, end: { line: 58, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        "</td>\n<td style='border: 1px solid #000000; padding: 5px 6px; vertical-align: top;'>\n<div style='font-weight: bold; margin: 0 0 4px 0;'>Dengan hormat harap:</div>\n" +
        ((stack1 = lookupProperty(helpers, 'each').call(
          alias4,
          lookupProperty(depth0, 'instructions'),
          {
            name: 'each',
            hash: {},
            fn: container.program(6, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 62, column: 0 }, end: { line: 67, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        "</td>\n</tr>\n<tr>\n<td\nstyle='border: 1px solid #000000; padding: 5px 6px; vertical-align: top; height: 28mm;'\ncolspan='2'\n>\n<div style='font-weight: bold; margin: 0 0 4px 0;'>Catatan disposisi:</div>\n<div>" +
        alias3(
          alias2(
            alias1(depth0, 'note', {
              start: { line: 76, column: 7 },
              end: { line: 76, column: 11 },
            }),
            depth0,
          ),
        ) +
        "</div>\n</td>\n</tr>\n</table>\n<table\nstyle='width: 100%; border-collapse: collapse; margin: 12px 0 0 0; page-break-inside: avoid;'\n>\n<tr>\n<td style='width: 50%;'></td>\n<td style='vertical-align: top;'>\n<div style='text-align: center;'>" +
        alias3(
          alias2(
            alias1(depth0, 'placeDate', {
              start: { line: 86, column: 35 },
              end: { line: 86, column: 44 },
            }),
            depth0,
          ),
        ) +
        '</div>\n' +
        alias3(
          lookupProperty(helpers, 'part').call(alias4, 'ttd', lookupProperty(depth0, 'signature'), {
            name: 'part',
            hash: {},
            data: data,
            loc: { start: { line: 87, column: 0 }, end: { line: 87, column: 24 } },
          }),
        ) +
        '\n</td>\n</tr>\n</table>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias4,
          lookupProperty(depth0, 'verification'),
          {
            name: 'if',
            hash: {},
            fn: container.program(7, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 91, column: 0 }, end: { line: 93, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        "<div style='page-break-before: always; margin: 24px 0 0 0;'>\n<div style='text-align: right; font-size: 10pt;'>Lampiran Lembar Disposisi Nomor Agenda\n" +
        alias3(
          alias2(
            alias1(depth0, 'agendaNumber', {
              start: { line: 96, column: 2 },
              end: { line: 96, column: 14 },
            }),
            depth0,
          ),
        ) +
        '</div>\n' +
        alias3(
          lookupProperty(helpers, 'part').call(
            alias4,
            'anggota',
            lookupProperty(depth0, 'members'),
            {
              name: 'part',
              hash: {},
              data: data,
              loc: { start: { line: 97, column: 0 }, end: { line: 97, column: 26 } },
            },
          ),
        ) +
        '\n</div>\n</div>\n</body>\n</html>'
      );
    },
    useData: true,
  },
  pengembalian: {
    '0': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return container.escapeExpression(
        lookupProperty(helpers, 'part').call(
          depth0 != null ? depth0 : container.nullContext || {},
          'konsep',
          lookupProperty(depth0, 'draft'),
          {
            name: 'part',
            hash: {},
            data: data,
            loc: { start: { line: 10, column: 13 }, end: { line: 10, column: 36 } },
          },
        ),
      );
    },
    '1': function (container, depth0, helpers, partials, data) {
      var alias1 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<tr>\n<td style='width: 8mm; vertical-align: top;'>" +
        alias1(
          lookupProperty(helpers, 'inc').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(data, 'index'),
            {
              name: 'inc',
              hash: {},
              data: data,
              loc: { start: { line: 45, column: 45 }, end: { line: 45, column: 59 } },
            },
          ),
        ) +
        ".</td>\n<td style='vertical-align: top; text-align: justify;'>" +
        alias1(container.lambda(depth0, depth0)) +
        '</td>\n</tr>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      return (
        "<p style='margin: 0 0 8px 0;'>" +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'note', {
              start: { line: 51, column: 32 },
              end: { line: 51, column: 36 },
            }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<div style='font-size: 10pt; margin: 12px 0 0 0;'>\n<div style='text-decoration: underline;'>Tembusan:</div>\n" +
        ((stack1 = lookupProperty(helpers, 'each').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'copies'),
          {
            name: 'each',
            hash: {},
            fn: container.program(4, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 68, column: 0 }, end: { line: 70, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</div>\n'
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      var alias1 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<div>' +
        alias1(
          lookupProperty(helpers, 'inc').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(data, 'index'),
            {
              name: 'inc',
              hash: {},
              data: data,
              loc: { start: { line: 69, column: 5 }, end: { line: 69, column: 19 } },
            },
          ),
        ) +
        '. ' +
        alias1(container.lambda(depth0, depth0)) +
        '</div>\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        container.escapeExpression(
          lookupProperty(helpers, 'part').call(
            depth0 != null ? depth0 : container.nullContext || {},
            'verifikasi',
            lookupProperty(depth0, 'verification'),
            {
              name: 'part',
              hash: {},
              data: data,
              loc: { start: { line: 74, column: 0 }, end: { line: 74, column: 34 } },
            },
          ),
        ) + '\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = container.strict,
        alias2 = container.lambda,
        alias3 = container.escapeExpression,
        alias4 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<html lang='id'>\n<head>\n<meta charset='utf-8' />\n<title>" +
        alias3(
          alias2(
            alias1(depth0, 'title', {
              start: { line: 4, column: 9 },
              end: { line: 4, column: 14 },
            }),
            depth0,
          ),
        ) +
        ' ' +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'name', {
              start: { line: 4, column: 19 },
              end: { line: 4, column: 29 },
            }),
            depth0,
          ),
        ) +
        "</title>\n</head>\n<body style='margin: 0; background-color: #ffffff;'>\n<div\nstyle='max-width: 170mm; margin: 0 auto; padding: 12mm 0; font-family: Arial, Helvetica, sans-serif; font-size: 12pt; line-height: 1.4; color: #000000;'\n>\n" +
        ((stack1 = lookupProperty(helpers, 'if').call(alias4, lookupProperty(depth0, 'draft'), {
          name: 'if',
          hash: {},
          fn: container.program(0, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 10, column: 0 }, end: { line: 10, column: 43 } },
        })) != null
          ? stack1
          : '') +
        '\n' +
        alias3(
          lookupProperty(helpers, 'part').call(alias4, 'kop', lookupProperty(depth0, 'kop'), {
            name: 'part',
            hash: {},
            data: data,
            loc: { start: { line: 11, column: 0 }, end: { line: 11, column: 18 } },
          }),
        ) +
        "\n<table style='width: 100%; border-collapse: collapse; margin: 0 0 14px 0;'>\n<tr>\n<td style='width: 58%; vertical-align: top;'>\n<table style='border-collapse: collapse;'>\n<tr><td style='width: 22mm; vertical-align: top;'>Nomor</td><td\nstyle='width: 4mm; vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'number', {
              start: { line: 18, column: 42 },
              end: { line: 18, column: 48 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Sifat</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'nature', {
              start: { line: 21, column: 42 },
              end: { line: 21, column: 48 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Lampiran</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'attachment', {
              start: { line: 24, column: 42 },
              end: { line: 24, column: 52 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Hal</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top; font-weight: bold;'>" +
        alias3(
          alias2(
            alias1(depth0, 'perihal', {
              start: { line: 27, column: 61 },
              end: { line: 27, column: 68 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n</table>\n</td>\n<td style='vertical-align: top; padding: 0 0 0 6mm;'>\n<div>" +
        alias3(
          alias2(
            alias1(depth0, 'placeDate', {
              start: { line: 31, column: 7 },
              end: { line: 31, column: 16 },
            }),
            depth0,
          ),
        ) +
        "</div>\n<div style='margin: 14px 0 0 0;'>Kepada</div>\n<div>Yth. " +
        alias3(
          alias2(
            alias1(depth0, 'addressee', {
              start: { line: 33, column: 12 },
              end: { line: 33, column: 21 },
            }),
            depth0,
          ),
        ) +
        "</div>\n<div>di</div>\n<div style='padding: 0 0 0 10mm; font-weight: bold;'>" +
        alias3(
          alias2(
            alias1(depth0, 'addresseePlace', {
              start: { line: 35, column: 55 },
              end: { line: 35, column: 69 },
            }),
            depth0,
          ),
        ) +
        "</div>\n</td>\n</tr>\n</table>\n<div style='padding: 0 0 0 26mm; text-align: justify;'>\n<p style='margin: 0 0 8px 0;'>" +
        alias3(
          alias2(
            alias1(depth0, 'opening', {
              start: { line: 40, column: 32 },
              end: { line: 40, column: 39 },
            }),
            depth0,
          ),
        ) +
        "</p>\n<p style='margin: 0 0 6px 0;'>" +
        alias3(
          alias2(
            alias1(depth0, 'decision', {
              start: { line: 41, column: 32 },
              end: { line: 41, column: 40 },
            }),
            depth0,
          ),
        ) +
        "</p>\n<table style='border-collapse: collapse; margin: 0 0 8px 0;'>\n" +
        ((stack1 = lookupProperty(helpers, 'each').call(alias4, lookupProperty(depth0, 'reasons'), {
          name: 'each',
          hash: {},
          fn: container.program(1, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 43, column: 0 }, end: { line: 48, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</table>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias4, lookupProperty(depth0, 'note'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 50, column: 0 }, end: { line: 52, column: 7 } },
        })) != null
          ? stack1
          : '') +
        "<p style='margin: 0 0 8px 0;'>Hasil verifikasi setiap anggota kelompok tercantum dalam\nlampiran surat ini.</p>\n<p style='margin: 0 0 8px 0;'>" +
        alias3(
          alias2(
            alias1(depth0, 'closing', {
              start: { line: 55, column: 32 },
              end: { line: 55, column: 39 },
            }),
            depth0,
          ),
        ) +
        "</p>\n</div>\n<table\nstyle='width: 100%; border-collapse: collapse; margin: 8px 0 0 0; page-break-inside: avoid;'\n>\n<tr>\n<td style='width: 50%;'></td>\n<td style='vertical-align: top;'>" +
        alias3(
          lookupProperty(helpers, 'part').call(alias4, 'ttd', lookupProperty(depth0, 'signature'), {
            name: 'part',
            hash: {},
            data: data,
            loc: { start: { line: 62, column: 33 }, end: { line: 62, column: 57 } },
          }),
        ) +
        '</td>\n</tr>\n</table>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias4, lookupProperty(depth0, 'copies'), {
          name: 'if',
          hash: {},
          fn: container.program(3, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 65, column: 0 }, end: { line: 72, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias4,
          lookupProperty(depth0, 'verification'),
          {
            name: 'if',
            hash: {},
            fn: container.program(5, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 73, column: 0 }, end: { line: 75, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        "<div style='page-break-before: always; margin: 24px 0 0 0;'>\n<table style='border-collapse: collapse; margin: 0 0 0 auto; font-size: 10pt;'>\n<tr><td style='vertical-align: top;' colspan='3'>Lampiran " +
        alias3(
          alias2(
            alias1(depth0, 'title', {
              start: { line: 78, column: 60 },
              end: { line: 78, column: 65 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top; width: 16mm;'>Nomor</td><td\nstyle='vertical-align: top; width: 4mm;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'number', {
              start: { line: 81, column: 42 },
              end: { line: 81, column: 48 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Tanggal</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'dateLabel', {
              start: { line: 84, column: 42 },
              end: { line: 84, column: 51 },
            }),
            depth0,
          ),
        ) +
        '</td></tr>\n</table>\n' +
        alias3(
          lookupProperty(helpers, 'part').call(
            alias4,
            'anggota',
            lookupProperty(depth0, 'members'),
            {
              name: 'part',
              hash: {},
              data: data,
              loc: { start: { line: 86, column: 0 }, end: { line: 86, column: 26 } },
            },
          ),
        ) +
        '\n</div>\n</div>\n</body>\n</html>'
      );
    },
    useData: true,
  },
  rekap: {
    '0': function (container, depth0, helpers, partials, data) {
      var alias1 = container.strict,
        alias2 = container.lambda,
        alias3 = container.escapeExpression;

      return (
        "<tr><td style='width: 80mm; vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'label', {
              start: { line: 18, column: 52 },
              end: { line: 18, column: 57 },
            }),
            depth0,
          ),
        ) +
        "</td><td\nstyle='width: 5mm; vertical-align: top;'\n>:</td><td style='vertical-align: top; font-weight: bold;'>" +
        alias3(
          alias2(
            alias1(depth0, 'value', {
              start: { line: 20, column: 61 },
              end: { line: 20, column: 66 },
            }),
            depth0,
          ),
        ) +
        '</td></tr>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        alias2 = container.escapeExpression,
        alias3 = container.strict,
        alias4 = container.lambda,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<div style='font-weight: bold; margin: 10px 0 4px 0;'>" +
        alias2(
          lookupProperty(helpers, 'inc').call(alias1, lookupProperty(data, 'index'), {
            name: 'inc',
            hash: {},
            data: data,
            loc: { start: { line: 24, column: 54 }, end: { line: 24, column: 68 } },
          }),
        ) +
        '. ' +
        alias2(
          alias4(
            alias3(depth0, 'title', {
              start: { line: 24, column: 72 },
              end: { line: 24, column: 77 },
            }),
            depth0,
          ),
        ) +
        '</div>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'empty'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0),
          inverse: container.program(3, data, 0),
          data: data,
          loc: { start: { line: 25, column: 0 }, end: { line: 44, column: 7 } },
        })) != null
          ? stack1
          : '') +
        "<div style='font-size: 8pt; color: #444444; margin: 2px 0 0 0;'>" +
        alias2(
          alias4(
            alias3(depth0, 'note', {
              start: { line: 45, column: 66 },
              end: { line: 45, column: 70 },
            }),
            depth0,
          ),
        ) +
        '</div>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      return "<p style='margin: 0 0 6px 0; font-style: italic;'>Tidak ada data pada periode ini.</p>\n";
    },
    '3': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<table style='width: 100%; border-collapse: collapse; font-size: 8.5pt;'>\n<tr>\n" +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'header'), {
          name: 'each',
          hash: {},
          fn: container.program(4, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 30, column: 0 }, end: { line: 34, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</tr>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'rows'), {
          name: 'each',
          hash: {},
          fn: container.program(5, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 36, column: 0 }, end: { line: 42, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</table>\n'
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      return (
        "<th\nstyle='border: 1px solid #000000; padding: 2px 3px; background-color: #eeeeee; text-align: center;'\n>" +
        container.escapeExpression(container.lambda(depth0, depth0)) +
        '</th>\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<tr>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(
          depth0 != null ? depth0 : container.nullContext || {},
          depth0,
          {
            name: 'each',
            hash: {},
            fn: container.program(6, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 38, column: 0 }, end: { line: 40, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</tr>\n'
      );
    },
    '6': function (container, depth0, helpers, partials, data) {
      return (
        "<td style='border: 1px solid #000000; padding: 2px 3px;'>" +
        container.escapeExpression(container.lambda(depth0, depth0)) +
        '</td>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = container.strict,
        alias2 = container.lambda,
        alias3 = container.escapeExpression,
        alias4 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<html lang='id'>\n<head>\n<meta charset='utf-8' />\n<title>Rekapitulasi WRSE " +
        alias3(
          alias2(
            alias1(depth0, 'periodLabel', {
              start: { line: 4, column: 27 },
              end: { line: 4, column: 38 },
            }),
            depth0,
          ),
        ) +
        "</title>\n</head>\n<body style='margin: 0; background-color: #ffffff;'>\n<div\nstyle='max-width: 180mm; margin: 0 auto; padding: 12mm 0; font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #000000;'\n>\n" +
        alias3(
          lookupProperty(helpers, 'part').call(alias4, 'kop', lookupProperty(depth0, 'kop'), {
            name: 'part',
            hash: {},
            data: data,
            loc: { start: { line: 10, column: 0 }, end: { line: 10, column: 18 } },
          }),
        ) +
        "\n<div style='text-align: center; margin: 0 0 14px 0;'>\n<div style='font-size: 13pt; font-weight: bold;'>" +
        alias3(
          alias2(
            alias1(depth0, 'title', {
              start: { line: 12, column: 51 },
              end: { line: 12, column: 56 },
            }),
            depth0,
          ),
        ) +
        "</div>\n<div style='font-weight: bold;'>Periode: " +
        alias3(
          alias2(
            alias1(depth0, 'periodLabel', {
              start: { line: 13, column: 43 },
              end: { line: 13, column: 54 },
            }),
            depth0,
          ),
        ) +
        "</div>\n</div>\n<p style='margin: 0 0 6px 0;'>Ringkasan pelaksanaan layanan pada periode ini:</p>\n<table style='border-collapse: collapse; margin: 0 0 12px 10mm;'>\n" +
        ((stack1 = lookupProperty(helpers, 'each').call(alias4, lookupProperty(depth0, 'figures'), {
          name: 'each',
          hash: {},
          fn: container.program(0, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 17, column: 0 }, end: { line: 21, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</table>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(alias4, lookupProperty(depth0, 'tables'), {
          name: 'each',
          hash: {},
          fn: container.program(1, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 23, column: 0 }, end: { line: 46, column: 9 } },
        })) != null
          ? stack1
          : '') +
        "<p style='margin: 12px 0 0 0;'>Demikian rekapitulasi ini disusun dari Register WRSE untuk\nmenjadi bahan laporan dan evaluasi layanan.</p>\n<table style='width: 100%; border-collapse: collapse; margin: 14px 0 0 0;'>\n<tr>\n<td style='width: 50%;'></td>\n<td style='width: 50%; vertical-align: top;'>\n<div style='text-align: center;'>" +
        alias3(
          alias2(
            alias1(depth0, 'placeDate', {
              start: { line: 53, column: 35 },
              end: { line: 53, column: 44 },
            }),
            depth0,
          ),
        ) +
        '</div>\n' +
        alias3(
          lookupProperty(helpers, 'part').call(alias4, 'ttd', lookupProperty(depth0, 'signature'), {
            name: 'part',
            hash: {},
            data: data,
            loc: { start: { line: 54, column: 0 }, end: { line: 54, column: 24 } },
          }),
        ) +
        "\n</td>\n</tr>\n</table>\n<div style='font-size: 8pt; color: #444444; margin: 12px 0 0 0;'>" +
        alias3(
          alias2(
            alias1(depth0, 'generatedLabel', {
              start: { line: 58, column: 67 },
              end: { line: 58, column: 81 },
            }),
            depth0,
          ),
        ) +
        '</div>\n</div>\n</body>\n</html>'
      );
    },
    useData: true,
  },
  rekomendasi: {
    '0': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return container.escapeExpression(
        lookupProperty(helpers, 'part').call(
          depth0 != null ? depth0 : container.nullContext || {},
          'konsep',
          lookupProperty(depth0, 'draft'),
          {
            name: 'part',
            hash: {},
            data: data,
            loc: { start: { line: 10, column: 13 }, end: { line: 10, column: 36 } },
          },
        ),
      );
    },
    '1': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        ', ' +
        container.escapeExpression(
          container.lambda(
            container.strict(lookupProperty(depth0, 'group'), 'area', {
              start: { line: 59, column: 40 },
              end: { line: 59, column: 50 },
            }),
            depth0,
          ),
        )
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      return (
        "<p style='margin: 0 0 8px 0;'>" +
        container.escapeExpression(container.lambda(depth0, depth0)) +
        '</p>\n'
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<div style='font-size: 10pt; margin: 12px 0 0 0;'>\n<div style='text-decoration: underline;'>Tembusan:</div>\n" +
        ((stack1 = lookupProperty(helpers, 'each').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'copies'),
          {
            name: 'each',
            hash: {},
            fn: container.program(4, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 85, column: 0 }, end: { line: 87, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</div>\n'
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      var alias1 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<div>' +
        alias1(
          lookupProperty(helpers, 'inc').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(data, 'index'),
            {
              name: 'inc',
              hash: {},
              data: data,
              loc: { start: { line: 86, column: 5 }, end: { line: 86, column: 19 } },
            },
          ),
        ) +
        '. ' +
        alias1(container.lambda(depth0, depth0)) +
        '</div>\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        container.escapeExpression(
          lookupProperty(helpers, 'part').call(
            depth0 != null ? depth0 : container.nullContext || {},
            'verifikasi',
            lookupProperty(depth0, 'verification'),
            {
              name: 'part',
              hash: {},
              data: data,
              loc: { start: { line: 91, column: 0 }, end: { line: 91, column: 34 } },
            },
          ),
        ) + '\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = container.strict,
        alias2 = container.lambda,
        alias3 = container.escapeExpression,
        alias4 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<html lang='id'>\n<head>\n<meta charset='utf-8' />\n<title>" +
        alias3(
          alias2(
            alias1(depth0, 'title', {
              start: { line: 4, column: 9 },
              end: { line: 4, column: 14 },
            }),
            depth0,
          ),
        ) +
        ' ' +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'name', {
              start: { line: 4, column: 19 },
              end: { line: 4, column: 29 },
            }),
            depth0,
          ),
        ) +
        "</title>\n</head>\n<body style='margin: 0; background-color: #ffffff;'>\n<div\nstyle='max-width: 170mm; margin: 0 auto; padding: 12mm 0; font-family: Arial, Helvetica, sans-serif; font-size: 12pt; line-height: 1.4; color: #000000;'\n>\n" +
        ((stack1 = lookupProperty(helpers, 'if').call(alias4, lookupProperty(depth0, 'draft'), {
          name: 'if',
          hash: {},
          fn: container.program(0, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 10, column: 0 }, end: { line: 10, column: 43 } },
        })) != null
          ? stack1
          : '') +
        '\n' +
        alias3(
          lookupProperty(helpers, 'part').call(alias4, 'kop', lookupProperty(depth0, 'kop'), {
            name: 'part',
            hash: {},
            data: data,
            loc: { start: { line: 11, column: 0 }, end: { line: 11, column: 18 } },
          }),
        ) +
        "\n<table style='width: 100%; border-collapse: collapse; margin: 0 0 14px 0;'>\n<tr>\n<td style='width: 58%; vertical-align: top;'>\n<table style='border-collapse: collapse;'>\n<tr><td style='width: 22mm; vertical-align: top;'>Nomor</td><td\nstyle='width: 4mm; vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'number', {
              start: { line: 18, column: 42 },
              end: { line: 18, column: 48 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Sifat</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'nature', {
              start: { line: 21, column: 42 },
              end: { line: 21, column: 48 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Lampiran</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'attachment', {
              start: { line: 24, column: 42 },
              end: { line: 24, column: 52 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Hal</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top; font-weight: bold;'>" +
        alias3(
          alias2(
            alias1(depth0, 'perihal', {
              start: { line: 27, column: 61 },
              end: { line: 27, column: 68 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n</table>\n</td>\n<td style='vertical-align: top; padding: 0 0 0 6mm;'>\n<div>" +
        alias3(
          alias2(
            alias1(depth0, 'placeDate', {
              start: { line: 31, column: 7 },
              end: { line: 31, column: 16 },
            }),
            depth0,
          ),
        ) +
        "</div>\n<div style='margin: 14px 0 0 0;'>Kepada</div>\n<div>Yth. " +
        alias3(
          alias2(
            alias1(depth0, 'addressee', {
              start: { line: 33, column: 12 },
              end: { line: 33, column: 21 },
            }),
            depth0,
          ),
        ) +
        "</div>\n<div>di</div>\n<div style='padding: 0 0 0 10mm; font-weight: bold;'>" +
        alias3(
          alias2(
            alias1(depth0, 'addresseePlace', {
              start: { line: 35, column: 55 },
              end: { line: 35, column: 69 },
            }),
            depth0,
          ),
        ) +
        "</div>\n</td>\n</tr>\n</table>\n<div style='padding: 0 0 0 26mm; text-align: justify;'>\n<p style='margin: 0 0 8px 0;'>\nMenindaklanjuti proposal permohonan bantuan Usaha Ekonomi Produktif (UEP) bagi Wanita\nRawan Sosial Ekonomi (WRSE) yang kami terima pada tanggal\n" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'receivedLabel', {
              start: { line: 43, column: 2 },
              end: { line: 43, column: 21 },
            }),
            depth0,
          ),
        ) +
        ', dengan ini\n' +
        alias3(
          alias2(
            alias1(depth0, 'officeName', {
              start: { line: 44, column: 2 },
              end: { line: 44, column: 12 },
            }),
            depth0,
          ),
        ) +
        "\nmemberikan rekomendasi kepada kelompok sebagai berikut:\n</p>\n<table style='border-collapse: collapse; margin: 0 0 8px 0;'>\n<tr><td style='width: 38mm; vertical-align: top;'>Nama Kelompok</td><td\nstyle='width: 4mm; vertical-align: top;'\n>:</td><td style='vertical-align: top; font-weight: bold;'>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'name', {
              start: { line: 50, column: 61 },
              end: { line: 50, column: 71 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Jenis Usaha</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'business', {
              start: { line: 53, column: 42 },
              end: { line: 53, column: 56 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Ketua Kelompok</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'leader', {
              start: { line: 56, column: 42 },
              end: { line: 56, column: 54 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Alamat</td><td style='vertical-align: top;'>:</td><td\nstyle='vertical-align: top;'\n>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'address', {
              start: { line: 59, column: 3 },
              end: { line: 59, column: 16 },
            }),
            depth0,
          ),
        ) +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias4,
          lookupProperty(lookupProperty(depth0, 'group'), 'area'),
          {
            name: 'if',
            hash: {},
            fn: container.program(1, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 59, column: 18 }, end: { line: 59, column: 59 } },
          },
        )) != null
          ? stack1
          : '') +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Jumlah Anggota</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'members'), 'countLabel', {
              start: { line: 62, column: 42 },
              end: { line: 62, column: 60 },
            }),
            depth0,
          ),
        ) +
        "\n(daftar terlampir)</td></tr>\n<tr><td style='vertical-align: top;'>Nilai RAB</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'rabLabel', {
              start: { line: 66, column: 42 },
              end: { line: 66, column: 50 },
            }),
            depth0,
          ),
        ) +
        '</td></tr>\n</table>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(
          alias4,
          lookupProperty(depth0, 'paragraphs'),
          {
            name: 'each',
            hash: {},
            fn: container.program(2, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 68, column: 0 }, end: { line: 70, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        "<p style='margin: 0 0 8px 0;'>Demikian rekomendasi ini kami sampaikan, atas perhatian dan\nkerja samanya kami ucapkan terima kasih.</p>\n</div>\n<table\nstyle='width: 100%; border-collapse: collapse; margin: 8px 0 0 0; page-break-inside: avoid;'\n>\n<tr>\n<td style='width: 50%;'></td>\n<td style='vertical-align: top;'>" +
        alias3(
          lookupProperty(helpers, 'part').call(alias4, 'ttd', lookupProperty(depth0, 'signature'), {
            name: 'part',
            hash: {},
            data: data,
            loc: { start: { line: 79, column: 33 }, end: { line: 79, column: 57 } },
          }),
        ) +
        '</td>\n</tr>\n</table>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias4, lookupProperty(depth0, 'copies'), {
          name: 'if',
          hash: {},
          fn: container.program(3, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 82, column: 0 }, end: { line: 89, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias4,
          lookupProperty(depth0, 'verification'),
          {
            name: 'if',
            hash: {},
            fn: container.program(5, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 90, column: 0 }, end: { line: 92, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        "<div style='page-break-before: always; margin: 24px 0 0 0;'>\n<table style='border-collapse: collapse; margin: 0 0 0 auto; font-size: 10pt;'>\n<tr><td style='vertical-align: top;' colspan='3'>Lampiran " +
        alias3(
          alias2(
            alias1(depth0, 'title', {
              start: { line: 95, column: 60 },
              end: { line: 95, column: 65 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top; width: 16mm;'>Nomor</td><td\nstyle='vertical-align: top; width: 4mm;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'number', {
              start: { line: 98, column: 42 },
              end: { line: 98, column: 48 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Tanggal</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'dateLabel', {
              start: { line: 101, column: 42 },
              end: { line: 101, column: 51 },
            }),
            depth0,
          ),
        ) +
        '</td></tr>\n</table>\n' +
        alias3(
          lookupProperty(helpers, 'part').call(
            alias4,
            'anggota',
            lookupProperty(depth0, 'members'),
            {
              name: 'part',
              hash: {},
              data: data,
              loc: { start: { line: 103, column: 0 }, end: { line: 103, column: 26 } },
            },
          ),
        ) +
        '\n</div>\n</div>\n</body>\n</html>'
      );
    },
    useData: true,
  },
  skt: {
    '0': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        ', ' +
        container.escapeExpression(
          container.lambda(
            container.strict(lookupProperty(depth0, 'group'), 'area', {
              start: { line: 44, column: 40 },
              end: { line: 44, column: 50 },
            }),
            depth0,
          ),
        )
      );
    },
    '1': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<div style='font-size: 10pt; margin: 12px 0 0 0;'>\n<div style='text-decoration: underline;'>Tembusan:</div>\n" +
        ((stack1 = lookupProperty(helpers, 'each').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'copies'),
          {
            name: 'each',
            hash: {},
            fn: container.program(2, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 75, column: 0 }, end: { line: 77, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</div>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      var alias1 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<div>' +
        alias1(
          lookupProperty(helpers, 'inc').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(data, 'index'),
            {
              name: 'inc',
              hash: {},
              data: data,
              loc: { start: { line: 76, column: 5 }, end: { line: 76, column: 19 } },
            },
          ),
        ) +
        '. ' +
        alias1(container.lambda(depth0, depth0)) +
        '</div>\n'
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        container.escapeExpression(
          lookupProperty(helpers, 'part').call(
            depth0 != null ? depth0 : container.nullContext || {},
            'verifikasi',
            lookupProperty(depth0, 'verification'),
            {
              name: 'part',
              hash: {},
              data: data,
              loc: { start: { line: 81, column: 0 }, end: { line: 81, column: 34 } },
            },
          ),
        ) + '\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = container.strict,
        alias2 = container.lambda,
        alias3 = container.escapeExpression,
        alias4 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<html lang='id'>\n<head>\n<meta charset='utf-8' />\n<title>" +
        alias3(
          alias2(
            alias1(depth0, 'title', {
              start: { line: 4, column: 9 },
              end: { line: 4, column: 14 },
            }),
            depth0,
          ),
        ) +
        ' ' +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'name', {
              start: { line: 4, column: 19 },
              end: { line: 4, column: 29 },
            }),
            depth0,
          ),
        ) +
        "</title>\n</head>\n<body style='margin: 0; background-color: #ffffff;'>\n<div\nstyle='max-width: 170mm; margin: 0 auto; padding: 12mm 0; font-family: Arial, Helvetica, sans-serif; font-size: 12pt; line-height: 1.4; color: #000000;'\n>\n" +
        alias3(
          lookupProperty(helpers, 'part').call(alias4, 'kop', lookupProperty(depth0, 'kop'), {
            name: 'part',
            hash: {},
            data: data,
            loc: { start: { line: 10, column: 0 }, end: { line: 10, column: 18 } },
          }),
        ) +
        "\n<div style='text-align: center; margin: 0 0 14px 0;'>\n<div style='font-size: 13pt; font-weight: bold; text-decoration: underline;'>SURAT\nKETERANGAN TERDAFTAR</div>\n<div>Nomor: " +
        alias3(
          alias2(
            alias1(depth0, 'number', {
              start: { line: 14, column: 14 },
              end: { line: 14, column: 20 },
            }),
            depth0,
          ),
        ) +
        "</div>\n</div>\n<p style='margin: 0 0 6px 0;'>Yang bertanda tangan di bawah ini:</p>\n<table style='border-collapse: collapse; margin: 0 0 8px 10mm;'>\n<tr><td style='width: 40mm; vertical-align: top;'>Nama</td><td\nstyle='width: 5mm; vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'signerName', {
              start: { line: 20, column: 42 },
              end: { line: 20, column: 52 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>NIP</td><td style='vertical-align: top;'>:</td><td\nstyle='vertical-align: top;'\n>" +
        alias3(
          alias2(
            alias1(depth0, 'signerNip', {
              start: { line: 23, column: 3 },
              end: { line: 23, column: 12 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Pangkat/Golongan</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(depth0, 'signerRank', {
              start: { line: 26, column: 42 },
              end: { line: 26, column: 52 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Jabatan</td><td style='vertical-align: top;'>:</td><td\nstyle='vertical-align: top;'\n>" +
        alias3(
          alias2(
            alias1(depth0, 'signerPosition', {
              start: { line: 29, column: 3 },
              end: { line: 29, column: 17 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n</table>\n<p style='margin: 0 0 6px 0;'>dengan ini menerangkan bahwa:</p>\n<table style='border-collapse: collapse; margin: 0 0 8px 10mm;'>\n<tr><td style='width: 40mm; vertical-align: top;'>Nama Kelompok</td><td\nstyle='width: 5mm; vertical-align: top;'\n>:</td><td style='vertical-align: top; font-weight: bold;'>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'name', {
              start: { line: 35, column: 61 },
              end: { line: 35, column: 71 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Jenis Usaha</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'business', {
              start: { line: 38, column: 42 },
              end: { line: 38, column: 56 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Ketua Kelompok</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'leader', {
              start: { line: 41, column: 42 },
              end: { line: 41, column: 54 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Alamat</td><td style='vertical-align: top;'>:</td><td\nstyle='vertical-align: top;'\n>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'address', {
              start: { line: 44, column: 3 },
              end: { line: 44, column: 16 },
            }),
            depth0,
          ),
        ) +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias4,
          lookupProperty(lookupProperty(depth0, 'group'), 'area'),
          {
            name: 'if',
            hash: {},
            fn: container.program(0, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 44, column: 18 }, end: { line: 44, column: 59 } },
          },
        )) != null
          ? stack1
          : '') +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Jumlah Anggota</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'members'), 'countLabel', {
              start: { line: 47, column: 42 },
              end: { line: 47, column: 60 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n<tr><td style='vertical-align: top;'>Nomor Register</td><td\nstyle='vertical-align: top;'\n>:</td><td style='vertical-align: top;'>" +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'group'), 'caseId', {
              start: { line: 50, column: 42 },
              end: { line: 50, column: 54 },
            }),
            depth0,
          ),
        ) +
        "</td></tr>\n</table>\n<p style='margin: 0 0 8px 0; text-align: justify;'>\nadalah benar kelompok Wanita Rawan Sosial Ekonomi (WRSE) yang telah terdaftar pada\n" +
        alias3(
          alias2(
            alias1(depth0, 'officeName', {
              start: { line: 54, column: 2 },
              end: { line: 54, column: 12 },
            }),
            depth0,
          ),
        ) +
        '\nsebagai kelompok penerima bantuan Usaha Ekonomi Produktif (UEP), setelah dilakukan\nverifikasi, validasi, dan penetapan sesuai dengan Standar Pelayanan Pelaksanaan Penerima\nBantuan WRSE, dengan susunan anggota sebagaimana tercantum di bawah ini.\n</p>\n' +
        alias3(
          lookupProperty(helpers, 'part').call(
            alias4,
            'anggota',
            lookupProperty(depth0, 'members'),
            {
              name: 'part',
              hash: {},
              data: data,
              loc: { start: { line: 59, column: 0 }, end: { line: 59, column: 26 } },
            },
          ),
        ) +
        "\n<p style='margin: 12px 0 8px 0; text-align: justify;'>\nDemikian Surat Keterangan Terdaftar ini dibuat dengan sebenarnya untuk dapat dipergunakan\nsebagaimana mestinya.\n</p>\n<table\nstyle='width: 100%; border-collapse: collapse; margin: 8px 0 0 0; page-break-inside: avoid;'\n>\n<tr>\n<td style='width: 50%;'></td>\n<td style='vertical-align: top;'>" +
        alias3(
          lookupProperty(helpers, 'part').call(alias4, 'ttd', lookupProperty(depth0, 'signature'), {
            name: 'part',
            hash: {},
            data: data,
            loc: { start: { line: 69, column: 33 }, end: { line: 69, column: 57 } },
          }),
        ) +
        '</td>\n</tr>\n</table>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias4, lookupProperty(depth0, 'copies'), {
          name: 'if',
          hash: {},
          fn: container.program(1, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 72, column: 0 }, end: { line: 79, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias4,
          lookupProperty(depth0, 'verification'),
          {
            name: 'if',
            hash: {},
            fn: container.program(3, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 80, column: 0 }, end: { line: 82, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        '</div>\n</body>\n</html>'
      );
    },
    useData: true,
  },
};
