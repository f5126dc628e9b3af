//! `guanbiao-cli`: the same core as the desktop app, without a window.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

mod package;

use clap::{Parser, Subcommand};
use guanbiao_core::model::{PersonQuery, Role};
use guanbiao_core::{catalog, credit_code, demo, export, CoreError, Project};

#[derive(Parser)]
#[command(name = "guanbiao-cli", version, about = "贯标助手命令行工具")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// 生成一个虚构的陕西示例企业项目文件（约 80 人、8 个部门，各角色齐全）
    Demo {
        /// 输出的项目文件（.gbproj）
        #[arg(long)]
        out: PathBuf,
        /// 数据倍数（用于基准测试）
        #[arg(long, default_value_t = 1)]
        scale: usize,
        /// 覆盖已存在的文件
        #[arg(long)]
        force: bool,
        /// 只生成到培训、组织与计划，不做诊断、不生成体系文件
        #[arg(long)]
        without_documents: bool,
    },
    /// 按模板生成整套体系文件草稿（已生成的跳过），并列出未填写的占位符
    Documents { file: PathBuf },
    /// 申请前自查：逐条列出规则、状态与说明；没有阻断项时退出码为 0
    Readiness {
        file: PathBuf,
        /// 以 JSON 输出（供程序读取）
        #[arg(long)]
        json: bool,
    },
    /// 显示项目文件的企业概况
    Info { file: PathBuf },
    /// 把体系文件导出为 PDF：--code 指定一份（已发布版本，没有则为草稿），--all 导出全部已发布文件
    ExportDocument {
        file: PathBuf,
        /// 文件编号，如 IP-CX-01
        #[arg(long, conflicts_with = "all", required_unless_present = "all")]
        code: Option<String>,
        /// 导出全部已发布文件，每份一个 PDF（--out 为文件夹）
        #[arg(long)]
        all: bool,
        /// 输出的 PDF 文件（--all 时为文件夹）
        #[arg(long)]
        out: PathBuf,
    },
    /// 导出体系文件汇编：全部已发布文件合为一个 PDF，带封面、目录和书签
    ExportCompilation {
        file: PathBuf,
        /// 输出的 PDF 文件
        #[arg(long)]
        out: PathBuf,
    },
    /// 设置封面图片：logo（企业标志，印在申报材料与文件汇编封面）或 seal（单位印章，盖在申报材料封面）
    CoverImage {
        file: PathBuf,
        /// logo 或 seal
        #[arg(value_parser = ["logo", "seal"])]
        kind: String,
        /// 图片文件（PNG 或 JPEG）
        #[arg(required_unless_present = "clear", conflicts_with = "clear")]
        image: Option<PathBuf>,
        /// 移除这张封面图片
        #[arg(long)]
        clear: bool,
    },
    /// 导出申报材料包：申报材料 PDF、登记表、体系文件、证明材料、清单（ZIP），写入 --out 文件夹
    Export {
        file: PathBuf,
        /// 输出文件夹
        #[arg(long)]
        out: PathBuf,
        /// 不显示进度
        #[arg(long)]
        quiet: bool,
        /// 只导出申报材料 PDF（不打包）
        #[arg(long)]
        pdf_only: bool,
        /// 另附每份体系文件的单独 PDF（汇编已含全部文件）
        #[arg(long)]
        separate_documents: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Command::Readiness { file, json } = &cli.command {
        return match readiness(file, *json) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::from(1),
            Err(e) => {
                eprintln!("错误（{}）：{}", serde_code(&e), e.message);
                ExitCode::from(2)
            }
        };
    }
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("错误（{}）：{}", serde_code(&e), e.message);
            ExitCode::from(2)
        }
    }
}

fn serde_code(e: &CoreError) -> String {
    format!("{:?}", e.code)
}

fn run(cmd: Command) -> Result<(), CoreError> {
    match cmd {
        Command::Demo {
            out,
            scale,
            force,
            without_documents,
        } => {
            if !(1..=1000).contains(&scale) {
                return Err(CoreError::invalid("--scale 应在 1 到 1000 之间"));
            }
            if force && out.exists() {
                std::fs::remove_file(&out)?;
                for ext in ["-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{ext}", out.display()));
                }
            }
            let t = Instant::now();
            let (project, counts) = demo::create_with(
                &out,
                scale,
                if without_documents {
                    demo::DemoStage::Organisation
                } else {
                    demo::DemoStage::Operation
                },
            )?;
            project.close()?;
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            println!(
                "已生成示例项目：{}（{} 个部门，{} 人，倍数 {scale}），用时 {ms:.0} ms",
                out.display(),
                counts.departments,
                counts.people
            );
            Ok(())
        }
        Command::Documents { file } => {
            let mut project = Project::open(&file)?;
            let catalog = catalog::load()?;
            let (program, standard) = catalog.for_profile(&project.profile()?)?;
            let t = Instant::now();
            let report = project.generate_documents(standard, program)?;
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            println!(
                "已生成 {} 份文件草稿（跳过已有 {} 份），用时 {ms:.0} ms",
                report.created, report.skipped
            );
            for u in &report.unfilled {
                println!("未填写：{u}");
            }
            project.close()?;
            Ok(())
        }
        Command::Readiness { .. } => unreachable!("handled in main"),
        Command::Info { file } => {
            let project = Project::open(&file)?;
            print!("{}", info(&project)?);
            Ok(())
        }
        Command::ExportDocument {
            file,
            code,
            all,
            out,
        } => export_document(&file, code.as_deref(), all, &out),
        Command::Export {
            file,
            out,
            quiet,
            pdf_only,
            separate_documents,
        } => {
            if pdf_only {
                package::export_application(&file, &out)
            } else {
                let options = guanbiao_core::export::PackageOptions { separate_documents };
                package::export_package(&file, &out, quiet, options)
            }
        }
        Command::CoverImage {
            file,
            kind,
            image,
            clear,
        } => package::cover_image(&file, &kind, image.as_deref(), clear),
        Command::ExportCompilation { file, out } => {
            let project = Project::open(&file)?;
            let t = Instant::now();
            let bytes = export::compilation_pdf(&project, package::store().as_ref())?;
            export::write_atomic(&out, &bytes)?;
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            println!(
                "已导出体系文件汇编：{}，{:.1} KB，用时 {ms:.0} ms",
                out.display(),
                bytes.len() as f64 / 1024.0
            );
            Ok(())
        }
    }
}

/// `export-document`: one document by code, or every published one.
fn export_document(
    file: &std::path::Path,
    code: Option<&str>,
    all: bool,
    out: &std::path::Path,
) -> Result<(), CoreError> {
    let project = Project::open(file)?;
    let t = Instant::now();
    if all {
        let report = export::published_documents_to_dir(&project, out)?;
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        println!(
            "已导出 {} 份 PDF 到 {}，共 {:.1} KB，用时 {ms:.0} ms",
            report.files.len(),
            out.display(),
            report.total_bytes() as f64 / 1024.0
        );
        for p in &report.problems {
            eprintln!("未导出：{}", p.message());
        }
        return if report.problems.is_empty() {
            Ok(())
        } else {
            Err(CoreError::invalid(format!(
                "{} 份文件含有无法显示的字符，未导出",
                report.problems.len()
            )))
        };
    }
    let code = code.unwrap_or_default();
    let doc = project
        .documents()?
        .into_iter()
        .find(|d| d.code == code)
        .ok_or_else(|| CoreError::not_found(format!("没有编号为 {code} 的文件")))?;
    let bytes = export::document_pdf(&project, doc.id)?;
    export::write_atomic(out, &bytes)?;
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    println!(
        "已导出 {}（{}）：{}，{:.1} KB，用时 {ms:.0} ms",
        doc.code,
        doc.title,
        out.display(),
        bytes.len() as f64 / 1024.0
    );
    Ok(())
}

/// Prints the readiness rules; `Ok(true)` when nothing blocks.
fn readiness(file: &std::path::Path, json: bool) -> Result<bool, CoreError> {
    let project = Project::open(file)?;
    let catalog = catalog::load()?;
    let (program, standard) = catalog.for_profile(&project.profile()?)?;
    let r = project.readiness(program, standard, guanbiao_core::dates::today())?;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&r).expect("readiness serialises")
        );
    } else {
        for rule in &r.rules {
            let mark = match (rule.passed, rule.severity) {
                (true, _) => "✓ 通过",
                (false, guanbiao_core::model::Severity::Blocker) => "✗ 阻断",
                (false, guanbiao_core::model::Severity::Warning) => "! 提醒",
            };
            println!("{mark}  [{}] {}：{}", rule.id, rule.title, rule.explanation);
        }
        println!("截止日期：{}", r.deadline.summary);
        println!(
            "结论：{}（阻断 {} 项，提醒 {} 项）",
            if r.ready {
                "可以提交申请"
            } else {
                "暂不能提交申请"
            },
            r.blockers,
            r.warnings
        );
    }
    Ok(r.ready)
}

fn info(p: &Project) -> Result<String, CoreError> {
    let prof = p.profile()?;
    let catalog = catalog::load()?;
    // Looked up one by one: `info` still reports a file whose program or
    // standard this build does not know.
    let program = catalog.program(&prof.program_id).ok();
    let standard = catalog.standard(&prof.standard_edition).ok();
    let code_state = match credit_code::check(&prof.credit_code) {
        _ if prof.credit_code.is_empty() => "未填写".to_string(),
        credit_code::CreditCodeCheck::Valid => "校验通过".to_string(),
        _ if prof.credit_code_confirmed => "校验位不符，已确认".to_string(),
        _ => "校验未通过".to_string(),
    };
    let departments = p.departments(false)?;
    let people = p.people(&PersonQuery::default())?;
    let holder = |role: Role| -> String {
        let names: Vec<_> = people
            .iter()
            .filter(|x| x.roles.contains(&role))
            .map(|x| x.name.as_str())
            .collect();
        if names.is_empty() {
            "未设定".into()
        } else {
            names.join("、")
        }
    };
    let h = &prof.ip_holdings;
    let mut s = String::new();
    let name = if prof.name.is_empty() {
        "（未填写）"
    } else {
        &prof.name
    };
    s += &format!(
        "项目文件：{}（数据版本 {}）\n",
        p.path().display(),
        p.schema_version()?
    );
    s += &format!("企业名称：{name}\n");
    s += &format!("统一社会信用代码：{}（{code_state}）\n", prof.credit_code);
    s += &format!("所在地区：{} {}\n", prof.city, prof.district);
    s += &format!(
        "贯标计划：{}\n",
        program.map(|x| x.name.as_str()).unwrap_or(&prof.program_id)
    );
    s += &format!("标准版本：{}\n", prof.standard_edition);
    s += &format!(
        "部门：{} 个；在职人员：{} 人\n",
        departments.len(),
        people.len()
    );
    s += &format!(
        "最高管理者：{}；管理者代表：{}\n",
        holder(Role::TopManager),
        holder(Role::ManagementRepresentative)
    );
    s += &format!(
        "内审员：{} 人；知识产权工作人员：{} 人\n",
        people
            .iter()
            .filter(|x| x.roles.contains(&Role::InternalAuditor))
            .count(),
        people
            .iter()
            .filter(|x| x.roles.contains(&Role::IpStaff))
            .count()
    );
    s += &format!(
        "知识产权：发明专利 {}，实用新型 {}，外观设计 {}，商标 {}，软件著作权 {}\n",
        h.invention_patents,
        h.utility_models,
        h.design_patents,
        h.trademarks,
        h.software_copyrights
    );
    if let Some(program) = program {
        let credits = p.credit_overview(program)?;
        let threshold = credits
            .threshold
            .map(|t| format!("{t}"))
            .unwrap_or_else(|| "未设定".into());
        s += &format!(
            "线上学分：已达标 {}/{} 人（学分要求 {threshold}）\n",
            credits.reached_count,
            credits.people.len()
        );
        let cov = p.all_staff_coverage()?;
        s += &format!("全员培训：已参加 {}/{} 人\n", cov.attended, cov.staff);
        let org = p.organisation()?;
        let leader = org
            .members
            .iter()
            .find(|m| m.position == guanbiao_core::model::GroupPosition::Leader);
        s += &format!(
            "领导小组：组长 {}，共 {} 人；牵头部门 {}\n",
            leader.map(|l| l.person_name.as_str()).unwrap_or("未设定"),
            org.members.len(),
            org.lead_department_name.as_deref().unwrap_or("未设定")
        );
        let plan = p.plan(program, guanbiao_core::dates::today())?;
        s += &format!(
            "实施计划：{} 项任务，逾期 {} 项\n",
            plan.tasks.len(),
            plan.overdue
        );
        if let Some(standard) = standard {
            let diag = p.diagnosis(standard, guanbiao_core::dates::today())?;
            s += &format!("诊断分析：已诊断 {}/{} 条\n", diag.assessed, diag.total);
        }
        let docs = p.documents()?;
        let published = docs.iter().filter(|d| d.published.is_some()).count();
        let issue = match p.system_issue()? {
            Some(i) => format!("{} 发布，{} 实施", i.issued_on, i.implemented_on),
            None => "未发布".into(),
        };
        s += &format!(
            "体系文件：{} 份，已发布 {} 份；体系{issue}\n",
            docs.len(),
            published
        );
    }
    Ok(s)
}
