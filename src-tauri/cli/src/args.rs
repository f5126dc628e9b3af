//! The command line as clap reads it: one `Command` variant per verb, each
//! with its own arguments struct, and the global `--json`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use guanbiao_core::model::{ConversionRoute, CoverImageKind, DocType};

#[derive(Parser)]
#[command(name = "guanbiao-cli", version, about = "贯标助手命令行工具")]
pub struct Cli {
    /// 以 JSON 输出（供程序读取）；出错时以 {"code", "message"} 写到标准错误
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// 新建空白项目文件；--edition 指定标准版本（gbt29490-2013 或 gbt29490-2023），默认今天可申请认证的版本
    New(New),
    /// 生成一个虚构的陕西示例企业项目文件（约 80 人、8 个部门，各角色齐全）
    Demo(Demo),
    /// 按模板生成整套体系文件草稿（已生成的跳过），并列出未填写的占位符
    Documents(Documents),
    /// 申请前自查：逐条列出规则、状态与说明；没有阻断项时退出码为 0
    Readiness(Readiness),
    /// 显示项目文件的企业概况
    Info(Info),
    /// 把体系文件导出为 PDF 或 Word（--format docx）：--code 指定一份（已发布版本，没有则为草稿；--draft 导出草稿），--all 导出全部已发布文件
    ExportDocument(ExportDocument),
    /// 导出体系文件汇编：全部已发布文件合为一个 PDF（或 --format docx 的 Word 文件），带封面和目录
    ExportCompilation(ExportCompilation),
    /// 从 Word 文件（.docx）导入：--code 作为该文件的新草稿（先列出与当前文本的差异和未导入的内容；--dry-run 只列出不保存），--new 作为新文件登记
    ImportDocument(ImportDocument),
    /// 设置封面图片：logo（企业标志，印在申报材料与文件汇编封面）或 seal（单位印章，盖在申报材料封面）
    CoverImage(CoverImage),
    /// 导出申报材料包：申报材料 PDF、登记表、体系文件、证明材料、清单（ZIP），写入 --out 文件夹
    Export(Export),
    /// 贯标计划：检查计划文件（check）、设置项目的计划（set）、导出项目的计划（export）
    #[command(subcommand)]
    Program(Program),
    /// 条款表：导出项目所用的条款表（export），按标准正式文本更正（import，先列出差异，加 --apply 才写入）
    #[command(subcommand)]
    Clauses(Clauses),
    /// 换版：把 2013 版项目转换为 2023 版（先备份；诊断、证据和记录按条款对应关系沿用，2013 版文件作废留存，生成 2023 版文件草稿，新增条款列入计划）
    ConvertEdition(ConvertEdition),
    /// 生成内审工作包：为一次计划中或进行中的内部审核的一名审核员生成工作包，供其在自己的电脑上记录检查表判定、审核记录和不符合项
    AuditPackage(AuditPackage),
    /// 从内审工作包导出审核结果（变更文件，带工作包标识和校验值），交回知识产权管理人员导入
    AuditResults(AuditResults),
    /// 导入审核结果：核对属于本项目和本次审核、未导入过、文件完整，列出新增和修改；有冲突时列出并拒绝，除非以 --keep 决定
    AuditMerge(AuditMerge),
}

#[derive(Args)]
pub struct AuditPackage {
    /// 项目文件（.gbproj）
    pub file: PathBuf,
    /// 审核编号，如 NS-2022-01
    #[arg(long)]
    pub audit: String,
    /// 审核员姓名（须是该次审核的审核员，并在日程中安排了部门）
    #[arg(long)]
    pub auditor: String,
    /// 输出的工作包文件（.gbaudit）
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Args)]
pub struct AuditResults {
    /// 内审工作包（.gbaudit）
    pub package: PathBuf,
    /// 输出的审核结果文件（.gbresult）
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Args)]
pub struct AuditMerge {
    /// 项目文件（.gbproj）
    pub file: PathBuf,
    /// 审核结果文件（.gbresult）
    pub results: PathBuf,
    /// 有冲突时全部保留项目中的内容（project）或全部采用工作包的修改（package）；不填时有冲突即拒绝并列出
    #[arg(long, value_enum)]
    pub keep: Option<Keep>,
    /// 只列出将新增和修改的内容及冲突，不写入项目
    #[arg(long)]
    pub dry_run: bool,
}

/// How `audit-merge` decides every conflict.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Keep {
    /// 保留项目中的内容
    Project,
    /// 采用工作包的修改
    Package,
}

#[derive(Subcommand)]
pub enum Clauses {
    /// 把项目所用的条款表导出为“条款号、标题、上级”三列（.tsv、.csv），供对照正式文本核对
    Export(ClausesExport),
    /// 读入核对后的条款表（Excel、CSV 或 TSV：条款号、标题[、上级]），列出与当前条款表的差异；加 --apply 写入项目
    Import(ClausesImport),
}

#[derive(Args)]
pub struct ClausesExport {
    /// 项目文件（.gbproj）
    pub project: PathBuf,
    /// 输出文件（.tsv 或 .csv）
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Args)]
pub struct ClausesImport {
    /// 项目文件（.gbproj）
    pub project: PathBuf,
    /// 核对后的条款表（.xlsx、.xls、.csv、.tsv）
    pub file: PathBuf,
    /// 写入项目（不加时只列出差异，项目不作任何改动）
    #[arg(long)]
    pub apply: bool,
}

#[derive(Args)]
pub struct ConvertEdition {
    /// 项目文件（.gbproj）
    pub file: PathBuf,
    /// 转换到的标准版本，如 gbt29490-2023
    #[arg(long)]
    pub to: String,
    /// 转换方式：surveillance（结合监督审核）、recertification（结合再认证审核）、transition-audit（单独转换审核）；不填为尚未确定
    #[arg(long, value_parser = parse_route)]
    pub route: Option<ConversionRoute>,
    /// 转换截止日期（YYYY-MM-DD），默认为原版本证书的最后有效日
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub deadline: Option<chrono::NaiveDate>,
}

/// A conversion route as the command line spells it, refused in Chinese.
fn parse_route(s: &str) -> Result<ConversionRoute, String> {
    match s.trim() {
        "surveillance" => Ok(ConversionRoute::Surveillance),
        "recertification" => Ok(ConversionRoute::Recertification),
        "transition-audit" => Ok(ConversionRoute::TransitionAudit),
        _ => Err(format!(
            "“{s}”不是转换方式，可选：surveillance（结合监督审核）、recertification（结合再认证审核）、transition-audit（单独转换审核）"
        )),
    }
}

#[derive(Subcommand)]
pub enum Program {
    /// 逐个字段检查计划文件（JSON）：无误时退出码为 0，否则列出每个有误的字段及原因，退出码为 2
    Check(ProgramCheck),
    /// 设置项目的贯标计划：--file 使用计划文件，--none 不参加政府贯标计划（仅申请认证）
    Set(ProgramSet),
    /// 把项目的贯标计划导出为计划文件（JSON），可交给其他企业的项目导入
    Export(ProgramExport),
}

#[derive(Args)]
pub struct ProgramCheck {
    /// 计划文件（.json）
    pub file: PathBuf,
}

#[derive(Args)]
pub struct ProgramSet {
    /// 项目文件（.gbproj）
    pub project: PathBuf,
    /// 计划文件（.json）；有误时拒绝，项目不作任何改动
    #[arg(long, conflicts_with = "none", required_unless_present = "none")]
    pub file: Option<PathBuf>,
    /// 不参加政府贯标计划，仅申请认证（没有阶段、截止日期和补助）
    #[arg(long)]
    pub none: bool,
}

#[derive(Args)]
pub struct ProgramExport {
    /// 项目文件（.gbproj）
    pub project: PathBuf,
    /// 输出的计划文件（.json）
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Args)]
pub struct Demo {
    /// 输出的项目文件（.gbproj）
    #[arg(long)]
    pub out: PathBuf,
    /// 数据倍数（用于基准测试）
    #[arg(long, default_value_t = 1)]
    pub scale: usize,
    /// 覆盖已存在的文件
    #[arg(long)]
    pub force: bool,
    /// 只生成到培训、组织与计划，不做诊断、不生成体系文件
    #[arg(long)]
    pub without_documents: bool,
    /// 标准版本：gbt29490-2013（默认，2022 年陕西的示例）或 gbt29490-2023（按今天倒推的当前示例，不参加政府贯标计划）
    #[arg(long, value_name = "EDITION")]
    pub edition: Option<String>,
}

#[derive(Args)]
pub struct New {
    /// 新项目文件（.gbproj），不能已存在
    pub file: PathBuf,
    /// 标准版本：gbt29490-2013 或 gbt29490-2023（默认：今天可申请认证的版本）
    #[arg(long, value_name = "CODE")]
    pub edition: Option<String>,
}

#[derive(Args)]
pub struct Documents {
    pub file: PathBuf,
}

#[derive(Args)]
pub struct Readiness {
    pub file: PathBuf,
    /// 按此日期判定（YYYY-MM-DD），默认今天；例如示例项目按 2022-08-25 判定
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub as_of: Option<chrono::NaiveDate>,
}

/// A `YYYY-MM-DD` date, refused in Chinese.
fn parse_day(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("“{s}”不是有效日期，请写成 YYYY-MM-DD，例如 2022-08-25"))
}

#[derive(Args)]
pub struct Info {
    pub file: PathBuf,
}

#[derive(Args)]
pub struct ExportDocument {
    pub file: PathBuf,
    /// 文件编号，如 IP-CX-01
    #[arg(long, conflicts_with = "all", required_unless_present = "all")]
    pub code: Option<String>,
    /// 导出全部已发布文件，每份一个文件（--out 为文件夹）
    #[arg(long)]
    pub all: bool,
    /// 导出草稿（未发布的版本）而非已发布版本，用于在 Word 中修改后导入
    #[arg(long, conflicts_with = "all")]
    pub draft: bool,
    /// 输出的文件（--all 时为文件夹）
    #[arg(long)]
    pub out: PathBuf,
    /// 格式：pdf（默认）或 docx（Word）
    #[arg(long, value_enum, default_value_t = Format::Pdf)]
    pub format: Format,
}

/// The file format an export writes.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// PDF
    Pdf,
    /// Word（.docx）
    Docx,
}

#[derive(Args)]
pub struct ExportCompilation {
    pub file: PathBuf,
    /// 输出的文件
    #[arg(long)]
    pub out: PathBuf,
    /// 格式：pdf（默认）或 docx（Word）
    #[arg(long, value_enum, default_value_t = Format::Pdf)]
    pub format: Format,
}

#[derive(Args)]
pub struct ImportDocument {
    /// 项目文件（.gbproj）
    pub file: PathBuf,
    /// 导入的 Word 文件（.docx）
    pub docx: PathBuf,
    /// 导入为这份文件的新草稿：文件编号，如 IP-CX-01
    #[arg(long, conflicts_with = "new", required_unless_present = "new")]
    pub code: Option<String>,
    /// 作为新文件登记（企业原有的文件），需 --type 和 --title
    #[arg(long, requires_all = ["doc_type", "title"])]
    pub new: bool,
    /// 新文件的类型
    #[arg(long = "type", value_enum)]
    pub doc_type: Option<DocKind>,
    /// 新文件的名称
    #[arg(long)]
    pub title: Option<String>,
    /// 新文件对应的条款（可写多次），如 --clause 4.2.2
    #[arg(long = "clause")]
    pub clauses: Vec<String>,
    /// 只列出差异和未导入的内容，不保存
    #[arg(long)]
    pub dry_run: bool,
}

/// A document type as the command line spells it: the core's `DocType`.
#[derive(Clone, Copy, ValueEnum)]
pub enum DocKind {
    /// 方针和目标
    Policy,
    /// 知识产权手册
    Manual,
    /// 程序文件
    Procedure,
    /// 管理制度
    Rule,
    /// 记录表单
    Form,
    /// 外来文件
    External,
}

impl From<DocKind> for DocType {
    fn from(k: DocKind) -> Self {
        match k {
            DocKind::Policy => DocType::Policy,
            DocKind::Manual => DocType::Manual,
            DocKind::Procedure => DocType::Procedure,
            DocKind::Rule => DocType::Rule,
            DocKind::Form => DocType::Form,
            DocKind::External => DocType::External,
        }
    }
}

#[derive(Args)]
pub struct CoverImage {
    pub file: PathBuf,
    /// logo 或 seal
    pub kind: CoverKind,
    /// 图片文件（PNG 或 JPEG）
    #[arg(required_unless_present = "clear", conflicts_with = "clear")]
    pub image: Option<PathBuf>,
    /// 移除这张封面图片
    #[arg(long)]
    pub clear: bool,
}

/// Which cover picture `cover-image` sets: the core's `CoverImageKind`, as
/// the command line spells it.
#[derive(Clone, Copy, ValueEnum)]
pub enum CoverKind {
    /// 企业标志
    Logo,
    /// 单位印章
    Seal,
}

impl From<CoverKind> for CoverImageKind {
    fn from(kind: CoverKind) -> Self {
        match kind {
            CoverKind::Logo => CoverImageKind::Logo,
            CoverKind::Seal => CoverImageKind::Seal,
        }
    }
}

#[derive(Args)]
pub struct Export {
    pub file: PathBuf,
    /// 输出文件夹
    #[arg(long)]
    pub out: PathBuf,
    /// 不显示进度
    #[arg(long)]
    pub quiet: bool,
    /// 只导出申报材料 PDF（不打包）
    #[arg(long)]
    pub pdf_only: bool,
    /// 另附每份体系文件的单独 PDF（汇编已含全部文件）
    #[arg(long)]
    pub separate_documents: bool,
}
