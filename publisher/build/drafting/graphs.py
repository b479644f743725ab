"""The graphs.ttl of a drafted report: its named graphs, described in three languages."""

from __future__ import annotations

from ...core import uris
from .text import DRAFT_LINE, iri, literal


def graphs_file(report_id: str, year: str) -> str:
    stated, translations, official, inferences, entailments, inferred = uris.report_graphs(
        report_id
    )
    described = [
        (
            stated,
            f"Verslag {year}",
            f"Report {year}",
            f"Rapport {year}",
            "Het verslag zoals het er staat, in het Nederlands.",
            "The report as it stands, in Dutch.",
            "Le rapport tel qu'il est, en néerlandais.",
            None,
        ),
        (
            translations,
            f"Verslag {year}: vertalingen",
            f"Report {year}: translations",
            f"Rapport {year} : traductions",
            "Engelse en Franse labels, samenvattingen en opmerkingen, vertaald door de redactie.",
            "English and French labels, summaries and notes, translated by the editors.",
            "Libellés, résumés et notes anglais et français, traduits par la rédaction.",
            stated,
        ),
        (
            official,
            f"Verslag {year}: officiële vertalingen",
            f"Report {year}: official translations",
            f"Rapport {year} : traductions officielles",
            "Vertalingen die een overheid publiceerde; de bron staat hier.",
            "Translations an authority published; the source is named here.",
            "Traductions publiées par une autorité ; la source est nommée ici.",
            stated,
        ),
        (
            inferences,
            f"Verslag {year}: afleidingen",
            f"Report {year}: inferences",
            f"Rapport {year} : inférences",
            "Verbanden die het verslag niet vermeldt maar een lezing ondersteunt; de lezingen:"
            " (te schrijven).",
            "Links the report does not state but a reading supports; the readings: (to write).",
            "Liens que le rapport n'énonce pas mais qu'une lecture soutient ; les lectures :"
            " (à écrire).",
            stated,
        ),
        (
            entailments,
            f"Verslag {year}: afgeleide eigenschappen",
            f"Report {year}: entailments",
            f"Rapport {year} : implications",
            "Door het bouwproces afgeleid uit de graaf van het verslag (rdfs:subPropertyOf).",
            "Derived by the build from the report's graph (rdfs:subPropertyOf).",
            "Dérivé lors de la construction à partir du graphe du rapport (rdfs:subPropertyOf).",
            stated,
        ),
        (
            inferred,
            f"Verslag {year}: afgeleide eigenschappen van de afleidingen",
            f"Report {year}: entailments of the inferences",
            f"Rapport {year} : implications des inférences",
            "Door het bouwproces afgeleid uit de afleidingen.",
            "Derived by the build from the inferences.",
            "Dérivé lors de la construction à partir des inférences.",
            inferences,
        ),
    ]
    out = [
        DRAFT_LINE + "# Written by `benelux-kg draft`: the report's named graphs. Say in the\n"
        "# inferences graph's description which readings its links rest on, and in the\n"
        "# official-translations graph's which authority published them.\n\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix dcterms: <http://purl.org/dc/terms/> .\n"
        "@prefix void: <http://rdfs.org/ns/void#> .\n"
        "@prefix prov: <http://www.w3.org/ns/prov#> .\n"
    ]
    for graph, nl, en, fr, nl_text, en_text, fr_text, source in described:
        derived = f" ;\n    prov:wasDerivedFrom {iri(source)}" if source else ""
        out.append(
            f"\n{iri(graph)} a void:Dataset ;\n"
            f"    rdfs:label {literal(nl, 'nl')} , {literal(en, 'en')} , {literal(fr, 'fr')} ;\n"
            f"    dcterms:description {literal(nl_text, 'nl')} ,\n"
            f"        {literal(en_text, 'en')} ,\n"
            f"        {literal(fr_text, 'fr')}{derived} .\n"
        )
    return "".join(out)
