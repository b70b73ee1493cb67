//! The topology diagram: every example deployment (`scripts/*.ps1`, run in a session) drawn in
//! each format. DOT, Mermaid and the text tree are snapshots; the SVG is parsed as XML and
//! must name every site, pool and chat pool; blockers are outlined and named in a tooltip; the
//! README's picture is kept current.

use coexist::diag::ErrorFormat;
use coexist::model::Model;
use coexist::output::OutputFormat;
use coexist::report::{DiagramFormat, Topology};
use coexist::session::{Session, Settings};
use std::path::{Path, PathBuf};

/// The model a script leaves (errors and all, as a REPL session would).
fn model_after(script: &Path) -> Model {
    let text = std::fs::read_to_string(script).expect("the script is readable");
    model_of(&script.display().to_string(), &text)
}

fn model_of(name: &str, text: &str) -> Model {
    let settings = Settings {
        error_format: ErrorFormat::Json,
        output_format: OutputFormat::Text,
        width: 100,
        dry_run: false,
        timeout: None,
    };
    let mut session = Session::new(
        Model::default(),
        settings,
        Box::new(std::io::sink()),
        Box::new(std::io::sink()),
    );
    session.run_source(name, text);
    session.into_model()
}

fn example_scripts() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts");
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("scripts/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ps1"))
        .collect();
    scripts.sort();
    assert!(scripts.len() >= 4, "the example scripts are there");
    scripts
}

fn stem(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

#[test]
fn dot_mermaid_and_text_of_the_example_deployments() {
    for script in example_scripts() {
        let model = model_after(&script);
        let name = stem(&script);
        insta::assert_snapshot!(format!("{name}.dot"), DiagramFormat::Dot.render(&model));
        insta::assert_snapshot!(
            format!("{name}.mermaid"),
            DiagramFormat::Mermaid.render(&model)
        );
        insta::assert_snapshot!(format!("{name}.tree"), DiagramFormat::Text.render(&model));
    }
}

/// The text of every `<text>` element of an SVG, which must parse as XML.
fn svg_texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("SVG is not XML: {e}"));
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn the_svg_is_well_formed_and_names_every_site_pool_and_chat_pool() {
    for script in example_scripts() {
        let model = model_after(&script);
        let svg = DiagramFormat::Svg.render(&model);
        let texts = svg_texts(&svg);
        let named = |name: &str| texts.iter().any(|t| t.contains(name));
        for site in model.sites().iter() {
            assert!(
                named(&site.identity),
                "{}: site {}",
                stem(&script),
                site.identity
            );
        }
        for pool in model.pools().iter() {
            assert!(named(&pool.fqdn), "{}: pool {}", stem(&script), pool.fqdn);
        }
        for chat in model.chat_pools().iter() {
            assert!(
                named(&chat.fqdn),
                "{}: chat pool {}",
                stem(&script),
                chat.fqdn
            );
        }
    }
}

/// The main example's deployment before its Part 2: the legacy pools still in use.
fn today() -> Model {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/migrate-groupchat2010.ps1"),
    )
    .unwrap();
    let part1 = text.split("# --- Part 2").next().unwrap();
    model_of("today.ps1", part1)
}

#[test]
fn pools_with_blockers_are_outlined_and_name_them_in_their_tooltip() {
    let svg = DiagramFormat::Svg.render(&today());
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let blocked: Vec<_> = doc
        .descendants()
        .filter(|n| {
            n.has_tag_name("g")
                && n.attribute("class")
                    .is_some_and(|c| c.split(' ').any(|w| w == "blocked"))
        })
        .collect();
    let title_of = |g: &roxmltree::Node| {
        g.children()
            .find(|c| c.has_tag_name("title"))
            .and_then(|t| t.text())
            .unwrap_or_default()
            .to_string()
    };
    let titles: Vec<String> = blocked.iter().map(title_of).collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(titles[0].starts_with("lync2010.contoso.com") && titles[0].contains("pool_in_use"));
    assert!(
        titles[1].starts_with("gc2010.contoso.com")
            && titles[1].contains("its data is not migrated yet")
            && titles[1].contains("the legacy clients of 60 users are configured for it")
    );
    for g in &blocked {
        let rect = g.children().find(|c| c.has_tag_name("rect")).unwrap();
        assert_eq!(
            rect.attribute("stroke"),
            Some(coexist::report::palette::BLOCKED)
        );
    }
    // After the migration nothing is blocked.
    let final_model = model_after(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/migrate-groupchat2010.ps1"),
    );
    assert!(!DiagramFormat::Svg.render(&final_model).contains("blocked"));
}

#[test]
fn the_diagram_reads_counts_and_findings_from_the_model() {
    let topology = Topology::of(&today());
    let lync2010 = topology
        .pools()
        .find(|p| p.fqdn == "lync2010.contoso.com")
        .unwrap();
    assert_eq!(lync2010.users, 60);
    let (home, gc) = topology.chat_pools().next().unwrap();
    assert_eq!(home.fqdn, "lync2010.contoso.com");
    assert_eq!((gc.categories, gc.rooms), (2, 3));
    let codes: Vec<&str> = gc.blockers.iter().map(|f| f.code).collect();
    assert_eq!(
        codes,
        [
            "coexist::model::decommission_blocked",
            "coexist::model::decommission_blocked"
        ]
    );
}

#[test]
fn a_persistent_chat_pool_over_capacity_names_the_capacity_rule() {
    let mut script = String::from(
        "New-Site S\nNew-Pool fe.contoso.com -Version Lync2013 -Site S\n\
         New-ChatPool pc.contoso.com -HomePool fe.contoso.com -FileStore \\\\fs\\pc\n",
    );
    script.push_str(
        "1..20001 | ForEach-Object { New-User \"sip:u$_@contoso.com\" -Pool fe.contoso.com }\n",
    );
    let topology = Topology::of(&model_of("capacity.ps1", &script));
    let (_, pc) = topology.chat_pools().next().unwrap();
    assert_eq!(pc.blockers.len(), 1);
    assert_eq!(pc.blockers[0].code, "coexist::model::pool_capacity");
    assert!(
        pc.blockers[0].text.contains("20001 users"),
        "{}",
        pc.blockers[0].text
    );
}

#[test]
fn every_shape_of_deployment_lays_out() {
    // Sites without pools, pools without chat pools, several chat pools on one pool, several
    // forests, and names that need escaping: layout-rs must place all of them.
    let mut script = String::from(
        "New-Site 'Empty <site> & \"quoted\"'\nNew-Site Far -Forest fabrikam.local\n\
         New-Pool far.fabrikam.com -Version Ocs2007R2 -Site Far\n\
         New-ChatPool gcfar.fabrikam.com -HomePool far.fabrikam.com -Kind GroupChat2007R2\n",
    );
    for site in 0..3 {
        script.push_str(&format!("New-Site s{site}\n"));
        for pool in 0..3 {
            let fqdn = format!("fe{site}{pool}.contoso.com");
            script.push_str(&format!(
                "New-Pool {fqdn} -Version Lync2013 -Site s{site}\n"
            ));
            for chat in 0..pool {
                script.push_str(&format!(
                    "New-ChatPool pc{site}{pool}{chat}.contoso.com -HomePool {fqdn} -FileStore \\\\fs\\x\n"
                ));
            }
        }
    }
    let model = model_of("shapes.ps1", &script);
    assert_eq!(
        model.chat_pools().len(),
        10,
        "the script built every chat pool"
    );
    let texts = svg_texts(&DiagramFormat::Svg.render(&model));
    assert!(texts.iter().any(|t| t == "Site Empty <site> & \"quoted\""));
    assert!(texts.iter().any(|t| t == "pc221.contoso.com"));
    let dot = DiagramFormat::Dot.render(&model);
    assert!(dot.contains("label=\"Site Empty <site> & \\\"quoted\\\"\""));
    let mermaid = DiagramFormat::Mermaid.render(&model);
    assert!(mermaid.contains("[\"Site Empty #lt;site#gt; & #quot;quoted#quot;\"]"));
}

#[test]
fn an_empty_model_draws_a_note_instead_of_a_graph() {
    let model = Model::default();
    assert!(svg_texts(&DiagramFormat::Svg.render(&model))
        .iter()
        .any(|t| t == "The model holds no sites, pools or chat pools."));
    assert_eq!(
        DiagramFormat::Text.render(&model),
        "The model holds no sites, pools or chat pools.\n"
    );
    assert_eq!(DiagramFormat::Dot.render(&model).lines().last(), Some("}"));
}

/// The README shows the main example before its migration and after it;
/// `UPDATE_DOCS=1 cargo test --test report_diagram` redraws both pictures.
#[test]
fn the_readme_pictures_of_the_main_example_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let after = model_after(&root.join("scripts/migrate-groupchat2010.ps1"));
    for (file, model) in [
        ("docs/diagram-groupchat2010-before.svg", today()),
        ("docs/diagram-groupchat2010-after.svg", after),
    ] {
        let svg = DiagramFormat::Svg.render(&model);
        let path = root.join(file);
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::write(&path, &svg).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == svg,
            "{file} is stale: run `UPDATE_DOCS=1 cargo test --test report_diagram`"
        );
    }
}
