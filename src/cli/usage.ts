/** The `jixiao` usage text (Chinese first, English second). */
export const USAGE = `绩效评分助手 jixiao — 为预算绩效自评评分表自动评分 / scores budget performance self-evaluation tables

用法 Usage:
  jixiao score <in.xlsx> [--out <out.xlsx>] [--json <report.json>] [--decimals N] [--steps prorata|ceil|floor]
               [--conclusion] [--settings <settings.json>]
  jixiao review <文件或文件夹 files or folders…> --out <汇总.xlsx> [--json <summary.json>] [--jobs N]
               [--settings <settings.json>] [--no-progress]
  jixiao rule "<评分标准>" --weight <分值> --input <实际值> [--target <指标值>] [--json]
  jixiao rule --jsonl <file>
  jixiao --help

score   为工作簿中的每张评分表评分，写入得分、扣分说明和标注；默认输出 <in>.scored.xlsx，不覆盖原文件。
        Scores every table; writes <in>.scored.xlsx beside the input unless --out names a file.
  --out <file>        输出工作簿 / output workbook
  --json <file|->     JSON 报告（- 为标准输出）/ JSON report (- for stdout)
  --decimals N        得分保留小数位 0–4，默认 2 / decimals of a score, 0–4 (default 2)
  --steps MODE        扣分步长：prorata 按比例（默认）、ceil 不足一步按一步、floor 只计整步
                      deduction steps: prorata (default), ceil (a started step counts), floor (whole steps only)
  --conclusion        打印每张表的自评结论 / print each table's 自评结论 paragraph
  --settings <file>   设置文件（JSON，与加载项设置相同：小数位、复核检查、执行率封顶表等）
                      settings file (JSON, as the add-in keeps them: decimals, reviewer checks, caps…)
review  财政复核：为所有 .xlsx（文件夹内递归查找）评分，不改动任何输入文件，写出汇总工作簿（汇总、问题清单）。
        For the reviewer: scores every .xlsx found (folders recursively) without changing any, and writes
        a summary workbook (sheets 汇总 and 问题清单).
  --out <汇总.xlsx>   汇总工作簿 / the summary workbook
  --json <file>       每个文件的评分报告 {"files":[…]} / every file's report
  --jobs N            同时评分的线程数，默认为 CPU 核数 / worker threads (default: CPU cores)
  --no-progress       不显示进度条 / no progress bar
rule    按一条评分标准为一个实际值评分 / scores one input against one rule text
  --weight <分值>     指标分值 / the indicator's weight
  --input <实际值>    实际值，如 92%、73个、①③、良好 / the input, e.g. 92%, 73个, ①③, 良好
  --target <指标值>   年度指标值（自评表）/ the target (self-evaluation form)
  --json              输出 JSON / print JSON
  --jsonl <file>      每行一个 {"rule","weight","input","target"?}，每行输出一个结果 / one request per line, one result per line

退出码 Exit codes: 0 已评分 scored · 1 无法读取或未找到评分表 unreadable or no table · 2 用法错误 usage error
`;
