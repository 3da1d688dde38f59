/**
 * Crafted workbooks, written part by part as package XML (JSZip for the container), so each holds
 * exactly what a test needs: the things other writers put in a file that a re-save loses (legacy
 * passwords, workbook protection, validations, print areas with `$`, charts, pivot caches, comments
 * as openpyxl writes them, macros), and the shapes a reader must accept or refuse (cells and rows
 * without `r`, `t="d"` dates, zip bombs, damaged entries). Run as a script to write them to a folder:
 * `npx ts-node test/xlsx/crafted/build.ts <dir>` is not needed by the tests, which call these directly.
 */
import JSZip from 'jszip';
import zlib from 'zlib';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A cell as written in sheet XML; `ref` null writes it without `r` (position implied). */
export type Cell =
  | { ref: string | null; s?: number; n: number }
  | { ref: string | null; s?: number; str: string }
  | { ref: string | null; s?: number; shared: number }
  | { ref: string | null; s?: number; date: string }
  | { ref: string | null; s?: number; raw: string }
  | { ref: string | null; s: number };

export function cellXml(c: Cell): string {
  const r = c.ref === null ? '' : ` r="${c.ref}"`;
  const s = c.s !== undefined ? ` s="${c.s}"` : '';
  if ('n' in c) return `<c${r}${s}><v>${c.n}</v></c>`;
  if ('str' in c) return `<c${r}${s} t="inlineStr"><is><t>${esc(c.str)}</t></is></c>`;
  if ('shared' in c) return `<c${r}${s} t="s"><v>${c.shared}</v></c>`;
  if ('date' in c) return `<c${r}${s} t="d"><v>${c.date}</v></c>`;
  if ('raw' in c) return c.raw;
  return `<c${r}${s}/>`;
}

export interface Row {
  /** null writes the row without `r` (it follows the previous row). */
  r: number | null;
  cells: Cell[];
  attrs?: string;
}

export function sheetDataXml(rows: Row[]): string {
  return rows
    .map(
      (row) =>
        `<row${row.r === null ? '' : ` r="${row.r}"`}${row.attrs ?? ''}>${row.cells.map(cellXml).join('')}</row>`,
    )
    .join('');
}

/** Cell styles of the crafted stylesheet (index = `s`). */
export const S = {
  plain: 0,
  percent: 1, // 0%, bordered, bold font, centred
  date: 2, // yyyy/m/d (built-in 14)
  text: 3, // wrapped text, bordered
  header: 4, // solid #D9E1F2 fill, bold
  zhDate: 5, // built-in 31: yyyy"年"m"月"d"日" (not written out, as a Chinese Excel does)
  bordered: 6, // thin border, nothing else
};

export const STYLES =
  DECL +
  `<styleSheet xmlns="${MAIN}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;分&quot;"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="7">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="9" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center"/></xf>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"/>' +
  '<xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="1"><dxf><font><color rgb="FFFF0000"/></font></dxf></dxfs>' +
  '</styleSheet>';

const HEADERS = ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '实际值', '得分', '扣分说明'];
const LETTERS = 'ABCDEFGH';

/** A 评分表 row: level 1, level 2, name, weight, rule, actual (a cell), written as inline strings. */
export function indicatorRow(
  r: number | null,
  v: [string, string, string, number | string],
  rule: string,
  actual: Cell | null,
): Row {
  const ref = (i: number) => (r === null ? null : `${LETTERS[i]}${r}`);
  const cells: Cell[] = [
    { ref: ref(0), s: S.text, str: v[0] },
    { ref: ref(1), s: S.text, str: v[1] },
    { ref: ref(2), s: S.text, str: v[2] },
    typeof v[3] === 'number'
      ? { ref: ref(3), s: S.bordered, n: v[3] }
      : { ref: ref(3), s: S.bordered, str: v[3] },
    { ref: ref(4), s: S.text, str: rule },
    actual ? { ...actual, ref: ref(5) } : { ref: ref(5), s: S.percent },
    { ref: ref(6), s: S.bordered },
    { ref: ref(7), s: S.text },
  ];
  return { r, cells };
}

export function headerRow(r: number): Row {
  return { r, cells: HEADERS.map((h, i) => ({ ref: `${LETTERS[i]}${r}`, s: S.header, str: h })) };
}

/** The scoring sheet of the hostile workbook: every worksheet feature a re-save tends to lose. */
export function scoringSheetXml(extraRows: Row[] = [], drawingId = 'anysvml', implicitRow5 = true): string {
  const rows: Row[] = [
    { r: 1, cells: [{ ref: 'A1', str: '项目支出绩效自评评分表' }], attrs: ' ht="24" customHeight="1"' },
    headerRow(2),
    indicatorRow(3, ['产出指标', '数量指标', '培训完成率', 10], '完成率≥95%，得10分；每降低5%，扣2分。', {
      ref: null,
      s: S.percent,
      n: 0.9,
    }),
    indicatorRow(4, ['产出指标', '质量指标', '验收合格率', 10], '合格率≥90%，得10分；低于90%不得分。', {
      ref: null,
      s: S.percent,
      n: 0.95,
    }),
    // Written without `r` on the row and its cells, as some writers do: it is row 5, cells A–H.
    indicatorRow(
      implicitRow5 ? null : 5,
      ['效益指标', '社会效益', '群众满意度', 10],
      '满意度≥90%，得10分；每降低1%，扣1分。',
      null,
    ),
    indicatorRow(6, ['效益指标', '时效指标', '完成及时率', 5], '及时率≥95%，得5分；每降低5%，扣1分。', {
      ref: null,
      s: S.date,
      n: 45000,
    }),
    {
      r: 7,
      cells: [
        { ref: 'A7', s: S.text, str: '合计' },
        { ref: 'D7', s: S.bordered, raw: '<c r="D7" s="6"><f>SUM(D3:D6)</f><v>35</v></c>' },
        { ref: 'G7', s: S.bordered },
      ],
    },
    ...extraRows,
  ];
  // Formulas around the table: a shared formula and an array formula, which must stay as they are.
  const formulas =
    '<row r="10"><c r="J10"><f t="shared" ref="J10:J12" si="0">D3*2</f><v>20</v></c><c r="K10"><f t="array" ref="K10">SUM(D3:D6*1)</f><v>35</v></c></row>' +
    '<row r="11"><c r="J11"><f t="shared" si="0"/><v>20</v></c></row>' +
    '<row r="12"><c r="J12"><f t="shared" si="0"/><v>20</v></c></row>';
  return (
    DECL +
    `<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
    '<sheetPr><tabColor rgb="FF00B050"/><pageSetUpPr fitToPage="1"/></sheetPr>' +
    '<dimension ref="A1:K12"/>' +
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="13.5"/>' +
    '<cols><col min="1" max="3" width="12.625" customWidth="1"/><col min="5" max="5" width="40.5" customWidth="1"/><col min="8" max="8" width="30" customWidth="1"/></cols>' +
    `<sheetData>${sheetDataXml(rows)}${formulas}</sheetData>` +
    '<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1" formatCells="0" formatColumns="0"/>' +
    '<mergeCells count="2"><mergeCell ref="A1:H1"/><mergeCell ref="A3:A4"/></mergeCells>' +
    '<conditionalFormatting sqref="G3:G6"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>5</formula></cfRule></conditionalFormatting>' +
    '<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" showErrorMessage="1" errorTitle="输入错误" error="请输入0到1之间的数" sqref="F3:F6"><formula1>0</formula1><formula2>1</formula2></dataValidation></dataValidations>' +
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToHeight="0"/>' +
    '<headerFooter><oddHeader>&amp;C&amp;"宋体,加粗"评分表</oddHeader><oddFooter>第 &amp;P 页</oddFooter></headerFooter>' +
    `<legacyDrawing r:id="${drawingId}"/>` +
    '<extLst><ext uri="{3F1A2B3C-0000-4000-8000-000000000001}" xmlns:jx="urn:example:kept"><jx:note>kept as written</jx:note></ext></extLst>' +
    '</worksheet>'
  );
}

const CHART_SHEET =
  DECL +
  `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>图表</t></is></c></row></sheetData>` +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></worksheet>';

const DRAWING =
  DECL +
  '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
  '<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const CHART =
  DECL +
  `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}">` +
  '<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
  '<c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>\'评分表\'!$C$3:$C$6</c:f></c:strRef></c:cat>' +
  '<c:val><c:numRef><c:f>\'评分表\'!$D$3:$D$6</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="4"/>' +
  '<c:pt idx="0"><c:v>10</c:v></c:pt><c:pt idx="1"><c:v>10</c:v></c:pt><c:pt idx="2"><c:v>10</c:v></c:pt><c:pt idx="3"><c:v>5</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>' +
  '<c:axId val="1"/><c:axId val="2"/></c:barChart>' +
  '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
  '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>' +
  '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';

const PIVOT_CACHE =
  DECL +
  `<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="0" saveData="0">` +
  '<cacheSource type="worksheet"><worksheetSource ref="C2:D6" sheet="评分表"/></cacheSource>' +
  '<cacheFields count="2"><cacheField name="三级指标" numFmtId="0"><sharedItems/></cacheField><cacheField name="分值" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="5" maxValue="10"/></cacheField></cacheFields>' +
  '</pivotCacheDefinition>';

// Comments as openpyxl writes them: absolute targets, relationship ids that are not rIdN, a VML shape.
const COMMENTS =
  DECL +
  `<comments xmlns="${MAIN}"><authors><author>openpyxl</author></authors><commentList>` +
  '<comment ref="F3" authorId="0" shapeId="0"><text><t>数据来源：培训签到表</t></text></comment></commentList></comments>';

const VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
  '<v:shape id="anysvml" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
  '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox>' +
  '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>2</x:Row><x:Column>5</x:Column></x:ClientData></v:shape></xml>';

const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';
export function customXml(props: [string, string][]): string {
  return (
    DECL +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    props
      .map(
        ([name, body], i) =>
          `<property fmtid="${FMTID}" pid="${i + 2}" name="${esc(name)}">${body}</property>`,
      )
      .join('') +
    '</Properties>'
  );
}

export interface HostileOptions {
  /** .xlsm: a macro-enabled workbook with a VBA project. */
  macros?: boolean;
  /** Custom properties ([name, inner XML]); default: the person's 审核人 and 年度, and a legacy ledger. */
  properties?: [string, string][] | null;
  /** Rows added to the scoring sheet after the total. */
  extraRows?: Row[];
  /**
   * openpyxl (default): comments related as openpyxl relates them, and row 5 written without `r`.
   * excel: as Excel writes both, the only forms ExcelJS can read.
   */
  writer?: 'openpyxl' | 'excel';
}

export const LEGACY_LEDGER = JSON.stringify({
  version: 1,
  cells: { '评分表!H3': { note: '上次评分的旧说明' } },
});

/** Every feature of the issue's list in one workbook: the surgical writer must keep them all. */
export async function hostileWorkbook(opts: HostileOptions = {}): Promise<Uint8Array> {
  const z = new JSZip();
  const macros = opts.macros === true;
  const properties =
    opts.properties === undefined
      ? ([
          ['审核人', '<vt:lpwstr>张三 &amp; 李四</vt:lpwstr>'],
          ['jixiao.ledger.0', `<vt:lpwstr>${esc(LEGACY_LEDGER)}</vt:lpwstr>`],
          ['年度', '<vt:i4>2024</vt:i4>'],
        ] as [string, string][])
      : opts.properties;
  const store = { compression: 'STORE' as const };
  z.file(
    '[Content_Types].xml',
    DECL +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
      (macros ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : '') +
      `<Override PartName="/xl/workbook.xml" ContentType="${macros ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'}"/>` +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
      '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>' +
      `<Override PartName="${opts.writer === 'excel' ? '/xl/comments1.xml' : '/xl/comments/comment1.xml'}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>` +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      (properties
        ? '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
        : '') +
      '</Types>',
  );
  z.file(
    '_rels/.rels',
    DECL +
      `<Relationships xmlns="${PKG_RELS}">` +
      `<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/>` +
      (properties
        ? `<Relationship Id="rId4" Type="${R}/custom-properties" Target="docProps/custom.xml"/>`
        : '') +
      '</Relationships>',
  );
  z.file(
    'docProps/core.xml',
    DECL +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      '<dc:creator>财务科</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-01-02T03:04:05Z</dcterms:created></cp:coreProperties>',
  );
  z.file(
    'docProps/app.xml',
    DECL +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<Application>Microsoft Excel</Application><TitlesOfParts><vt:vector size="2" baseType="lpstr"><vt:lpstr>评分表</vt:lpstr><vt:lpstr>图表</vt:lpstr></vt:vector></TitlesOfParts></Properties>',
    store,
  );
  if (properties) z.file('docProps/custom.xml', customXml(properties));
  z.file(
    'xl/workbook.xml',
    DECL +
      `<workbook xmlns="${MAIN}" xmlns:r="${R}">` +
      '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>' +
      (macros ? '<workbookPr codeName="ThisWorkbook"/>' : '<workbookPr defaultThemeVersion="164011"/>') +
      '<workbookProtection workbookPassword="CC3D" lockStructure="1"/>' +
      '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>' +
      '<sheets><sheet name="评分表" sheetId="1" r:id="rId1"/><sheet name="图表" sheetId="2" r:id="rId2"/></sheets>' +
      '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">\'评分表\'!$A$1:$H$7</definedName>' +
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'评分表\'!$2:$2</definedName></definedNames>' +
      '<calcPr calcId="171027"/>' +
      '<pivotCaches><pivotCache cacheId="3" r:id="rId6"/></pivotCaches>' +
      '</workbook>',
  );
  z.file(
    'xl/_rels/workbook.xml.rels',
    DECL +
      `<Relationships xmlns="${PKG_RELS}">` +
      `<Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${R}/worksheet" Target="worksheets/sheet2.xml"/>` +
      `<Relationship Id="rId3" Type="${R}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId4" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>` +
      `<Relationship Id="rId6" Type="${R}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>` +
      (macros
        ? '<Relationship Id="rId7" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
        : '') +
      '</Relationships>',
  );
  z.file('xl/styles.xml', STYLES);
  // Rich text and a phonetic guide: the cell reads as the runs joined, without the guide.
  z.file(
    'xl/sharedStrings.xml',
    DECL +
      `<sst xmlns="${MAIN}" count="1" uniqueCount="1"><si><r><t>发现</t></r><r><rPr><b/></rPr><t>2类问题</t></r><rPh sb="0" eb="2"><t>ハッケン</t></rPh></si></sst>`,
  );
  const excel = opts.writer === 'excel';
  z.file('xl/worksheets/sheet1.xml', scoringSheetXml(opts.extraRows, excel ? 'rId2' : 'anysvml', !excel));
  z.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    DECL +
      `<Relationships xmlns="${PKG_RELS}">` +
      (excel
        ? `<Relationship Id="rId1" Type="${R}/comments" Target="../comments1.xml"/>` +
          `<Relationship Id="rId2" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>`
        : `<Relationship Id="comments" Type="${R}/comments" Target="/xl/comments/comment1.xml"/>` +
          `<Relationship Id="anysvml" Type="${R}/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml"/>`) +
      '</Relationships>',
  );
  z.file(excel ? 'xl/comments1.xml' : 'xl/comments/comment1.xml', COMMENTS);
  z.file(excel ? 'xl/drawings/vmlDrawing1.vml' : 'xl/drawings/commentsDrawing1.vml', VML);
  z.file('xl/worksheets/sheet2.xml', CHART_SHEET);
  z.file(
    'xl/worksheets/_rels/sheet2.xml.rels',
    DECL +
      `<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${R}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
  );
  z.file('xl/drawings/drawing1.xml', DRAWING);
  z.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    DECL +
      `<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  z.file('xl/charts/chart1.xml', CHART, store);
  z.file('xl/pivotCache/pivotCacheDefinition1.xml', PIVOT_CACHE);
  if (macros)
    z.file(
      'xl/vbaProject.bin',
      Uint8Array.from({ length: 2048 }, (_, i) => (i * 37 + 11) & 0xff),
      store,
    );
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A one-sheet workbook around the given sheet XML (and optionally styles and shared strings). */
export async function oneSheetWorkbook(
  sheetXml: string,
  opts: {
    styles?: string | null;
    sharedStrings?: string;
    date1904?: boolean;
    extra?: Record<string, string>;
  } = {},
): Promise<Uint8Array> {
  const z = new JSZip();
  const styles = opts.styles === undefined ? STYLES : opts.styles;
  z.file(
    '[Content_Types].xml',
    DECL +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      (styles
        ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        : '') +
      (opts.sharedStrings
        ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        : '') +
      '</Types>',
  );
  z.file(
    '_rels/.rels',
    DECL +
      `<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  z.file(
    'xl/workbook.xml',
    DECL +
      `<workbook xmlns="${MAIN}" xmlns:r="${R}">${opts.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="评分表" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  z.file(
    'xl/_rels/workbook.xml.rels',
    DECL +
      `<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>` +
      (styles ? `<Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/>` : '') +
      (opts.sharedStrings
        ? `<Relationship Id="rId3" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`
        : '') +
      '</Relationships>',
  );
  if (styles) z.file('xl/styles.xml', styles);
  if (opts.sharedStrings) z.file('xl/sharedStrings.xml', opts.sharedStrings);
  z.file('xl/worksheets/sheet1.xml', sheetXml);
  for (const [name, text] of Object.entries(opts.extra ?? {})) z.file(name, text);
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A worksheet part holding `rows`. */
export function sheetXml(rows: Row[], tail = ''): string {
  return (
    DECL +
    `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData>${sheetDataXml(rows)}</sheetData>${tail}</worksheet>`
  );
}

/** The scoring table of the hostile workbook on its own, with `rows` (indicatorRow) in place of its indicators. */
export function tableSheet(rows: Row[]): string {
  return sheetXml([headerRow(1), ...rows]);
}

/**
 * A zip whose one big entry inflates to `size` bytes of zeros from about size/1000 bytes, the way a
 * zip bomb does: the same flushed DEFLATE segment repeated, then an empty final block. `statedSize`
 * is what the directory claims (a bomb may lie); the CRC is not computed (no reader should get there).
 */
export async function zipBomb(size: number, statedSize = size): Promise<Uint8Array> {
  const base = await oneSheetWorkbook(sheetXml([]));
  const z = await JSZip.loadAsync(base);
  const files: [string, Uint8Array][] = [];
  for (const name of Object.keys(z.files))
    if (!z.files[name].dir) files.push([name, await z.file(name)!.async('uint8array')]);
  const segment = zlib.deflateRawSync(Buffer.alloc(1 << 20, 0x20), {
    finishFlush: zlib.constants.Z_SYNC_FLUSH,
  });
  const count = Math.ceil(size / (1 << 20));
  const bomb = Buffer.concat([...Array.from({ length: count }, () => segment), Buffer.from([0x03, 0x00])]);
  return rawZip([
    ...files.filter(([n]) => n !== 'xl/worksheets/sheet1.xml').map(([name, data]) => stored(name, data)),
    { name: 'xl/worksheets/sheet1.xml', method: 8, crc: 0, size: statedSize, data: bomb },
  ]);
}

interface RawEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

function crc32(data: Uint8Array): number {
  let c = -1;
  for (const b of data) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ -1) >>> 0;
}

export function stored(name: string, data: Uint8Array): RawEntry {
  return { name, method: 0, crc: crc32(data), size: data.length, data };
}

/** A zip written record by record, so a test can state sizes and CRCs that do not match the data. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x0800, 6);
    h.writeUInt16LE(e.method, 8);
    h.writeUInt32LE(e.crc, 14);
    h.writeUInt32LE(e.data.length, 18);
    h.writeUInt32LE(Math.min(e.size, 0xffffffff), 22);
    h.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt32LE(e.crc, 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(Math.min(e.size, 0xffffffff), 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    chunks.push(h, name, Buffer.from(e.data));
    central.push(c, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, cd, end]));
}

/** A workbook of `rows` bordered but empty rows of ten cells after `values`, as XML (fast to build). */
export async function formattedRows(rows: number, values: Row[] = []): Promise<Uint8Array> {
  const parts: string[] = [sheetDataXml(values)];
  const first = values.length === 0 ? 1 : Math.max(...values.map((v) => v.r ?? 0)) + 1;
  const cols = 'ABCDEFGHIJ';
  for (let r = first; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (const c of cols) row += `<c r="${c}${r}" s="${S.bordered}"/>`;
    parts.push(row + '</row>');
  }
  const xml =
    DECL +
    `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:J${rows}"/><sheetData>${parts.join('')}</sheetData></worksheet>`;
  return oneSheetWorkbook(xml);
}
