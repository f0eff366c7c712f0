#!/usr/bin/env python3
"""Cross-company tables from the esg-graph API, as pandas DataFrames.

Asks the GraphQL API for
  * the companies x standards coverage matrix (which company holds which standard as its own:
    group, subsidiary or business unit; a building's or a product's certificate is not counted
    unless --holder-kinds says so), with how each cell is held,
  * the like-for-like table: each company's latest year of GHG scope 1, 2, 3, total energy, water
    withdrawal and employees, each in its metric's unit, in one query, and
  * the GHG emission series (scope 1, 2, 3 and total) across companies and years,
prints them, and with --out writes them as CSV files:
  coverage.csv        one row per company, one True/False column per standard code, held_count
  held_as.csv         the same matrix saying how each standard is held ("group", "subsidiary: ...")
  like_for_like.csv   one row per company: its latest year, one column per metric, and the flags
                      (partial figures, conversions, caveats) in a notes column
  ghg_series.csv      one row per (metric, company, year): value in the metric's unit, as reported,
                      breakdown, what a partial figure covers, caveats
  ghg_by_year.csv     the series pivoted: one row per (metric, company), one column per year

Usage:
  python cross_company_table.py [URL] [--out DIR] [--standards ID ...] [--metrics KEY ...]
                                [--holder-kinds KIND ...]

URL defaults to $ESG_GRAPH_URL, then http://127.0.0.1:4000/graphql.
"""

import argparse
import os
import sys
from pathlib import Path

import pandas as pd
import requests

DEFAULT_URL = "http://127.0.0.1:4000/graphql"
DEFAULT_METRICS = ["ghg_scope1_tco2e", "ghg_scope2_tco2e", "ghg_scope3_tco2e", "ghg_total_tco2e"]
LIKE_FOR_LIKE = ["ghg_scope1_tco2e", "ghg_scope2_tco2e", "ghg_scope3_tco2e", "energy_total_mwh", "water_withdrawal_t", "employees_total"]
REPORTING_COMPANIES = ["ainnovation", "hikvision", "kingsoft-cloud", "sensetime"]

COVERAGE_QUERY = """
query Coverage($standards: [ID!], $holderKinds: [HolderKind!]!) {
  coverage(standardIds: $standards, holderKinds: $holderKinds) {
    holderKinds
    standards { id code }
    rows {
      company { id name }
      heldCount
      cells { standard { id } held heldAs }
    }
  }
}
"""

# One query: each company's latest year of the six metrics, each value in its metric's unit, with the
# value as reported, the conversion, what a partial figure covers and the caveats.
LIKE_FOR_LIKE_QUERY = """
query LikeForLike($ids: [ID!]!, $keys: [String!]) {
  compareCompanies(ids: $ids) {
    companies { id name }
    metrics(keys: $keys, latestYear: true) {
      metric { key unit }
      values {
        company { id }
        year
        value
        reportedValue
        reportedUnit
        conversion { factor source }
        breakdown
        covers
        caveats { kind evidence { line } }
      }
    }
  }
}
"""

SERIES_QUERY = """
query Series($key: String!) {
  metricSeries(key: $key) {
    metric { key label }
    unit
    points {
      company { id name }
      year
      value
      reportedValue
      reportedUnit
      conversion { factor }
      breakdown
      segment
      covers
      caveats { kind evidence { line } }
    }
  }
}
"""

DEFAULT_HOLDER_KINDS = ["GROUP", "SUBSIDIARY", "BUSINESS_UNIT"]


class ApiError(Exception):
    pass


def graphql(url, query, variables=None):
    """POSTs one operation and returns its data; GraphQL errors become an ApiError."""
    response = requests.post(url, json={"query": query, "variables": variables or {}}, timeout=30)
    try:
        body = response.json()
    except ValueError:
        raise ApiError(f"{url} answered HTTP {response.status_code} without JSON") from None
    if body.get("errors"):
        raise ApiError("; ".join(e.get("message", str(e)) for e in body["errors"]))
    if response.status_code != 200 or body.get("data") is None:
        raise ApiError(f"{url} answered HTTP {response.status_code} with no data")
    return body["data"]


def coverage_table(url, standards=None, holder_kinds=DEFAULT_HOLDER_KINDS):
    """Companies x standards: True where the company holds it through a holding of holder_kinds, and how."""
    coverage = graphql(url, COVERAGE_QUERY, {"standards": standards, "holderKinds": holder_kinds})["coverage"]
    codes = {s["id"]: s["code"] for s in coverage["standards"]}
    held, held_as = [], []
    for row in coverage["rows"]:
        company = {"company_id": row["company"]["id"], "company": row["company"]["name"]}
        held.append({**company, **{codes[c["standard"]["id"]]: c["held"] for c in row["cells"]}, "held_count": row["heldCount"]})
        held_as.append({**company, **{codes[c["standard"]["id"]]: c["heldAs"] or "" for c in row["cells"]}})
    columns = ["company_id", "company", *codes.values()]
    return (
        pd.DataFrame.from_records(held, columns=[*columns, "held_count"]).set_index("company_id"),
        pd.DataFrame.from_records(held_as, columns=columns).set_index("company_id"),
    )


def caveats_of(value):
    return "; ".join(f"{c['kind']} (line {c['evidence']['line']})" for c in value["caveats"])


def like_for_like(url, companies=REPORTING_COMPANIES, keys=LIKE_FOR_LIKE):
    """One row per company: its latest year, one column per metric (in the metric's unit), and notes."""
    comparison = graphql(url, LIKE_FOR_LIKE_QUERY, {"ids": companies, "keys": keys})["compareCompanies"]
    units = {m["metric"]["key"]: m["metric"]["unit"] for m in comparison["metrics"]}
    rows = {c["id"]: {"company_id": c["id"], "company": c["name"], "year": None, "notes": []} for c in comparison["companies"]}
    for m in comparison["metrics"]:
        key = m["metric"]["key"]
        for v in m["values"]:
            row = rows[v["company"]["id"]]
            row["year"] = v["year"]
            row[key] = v["value"]
            if v["breakdown"] == "PARTIAL":
                row["notes"].append(f"{key} is partial: {v['covers']}")
            if v["conversion"]:
                row["notes"].append(f"{key} reported as {v['reportedValue']} {v['reportedUnit']} (x {v['conversion']['factor']:.4f})")
            if v["caveats"]:
                row["notes"].append(f"{key}: {caveats_of(v)}")
    records = [{**r, "notes": " | ".join(r["notes"])} for r in rows.values()]
    columns = ["company_id", "company", "year", *[k for k in keys if k in units], "notes"]
    table = pd.DataFrame.from_records(records, columns=columns).set_index("company_id")
    return table.rename(columns={k: f"{k} ({units[k]})" for k in units})


def metric_series(url, keys):
    """One row per (metric, company, year, partial part), values in each metric's unit."""
    records = []
    for key in keys:
        series = graphql(url, SERIES_QUERY, {"key": key})["metricSeries"]
        for p in series["points"]:
            records.append({
                "metric": series["metric"]["key"],
                "company_id": p["company"]["id"],
                "company": p["company"]["name"],
                "year": p["year"],
                "value": p["value"],
                "unit": series["unit"],
                "reported_value": p["reportedValue"],
                "reported_unit": p["reportedUnit"],
                "conversion_factor": p["conversion"]["factor"] if p["conversion"] else 1,
                "breakdown": p["breakdown"],
                "segment": p["segment"] or "",
                "covers": p["covers"] or "",
                "caveats": caveats_of(p),
            })
    columns = ["metric", "company_id", "company", "year", "value", "unit", "reported_value", "reported_unit",
               "conversion_factor", "breakdown", "segment", "covers", "caveats"]
    return pd.DataFrame.from_records(records, columns=columns).sort_values(["metric", "company_id", "year"], ignore_index=True)


def by_year(series):
    """The series pivoted: one row per (metric, company), one column per year."""
    table = series.pivot_table(index=["metric", "company_id"], columns="year", values="value", aggfunc="first")
    table.columns = [str(year) for year in table.columns]
    return table


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", nargs="?", default=os.environ.get("ESG_GRAPH_URL") or DEFAULT_URL,
                        help="GraphQL endpoint (default: $ESG_GRAPH_URL or %(default)s)")
    parser.add_argument("--out", type=Path, help="folder to write the CSV files to")
    parser.add_argument("--standards", nargs="+", metavar="ID",
                        help="standard ids or codes (default: the API's: ISO/IEC 27001, ISO 14001, ISO 45001, ISO 9001)")
    parser.add_argument("--holder-kinds", nargs="+", metavar="KIND", default=DEFAULT_HOLDER_KINDS,
                        choices=["GROUP", "SUBSIDIARY", "BUSINESS_UNIT", "FACILITY", "PRODUCT"],
                        help="holdings the coverage counts (default: the company's own: %(default)s)")
    parser.add_argument("--metrics", nargs="+", metavar="KEY", default=DEFAULT_METRICS,
                        help="metric keys of the series (default: %(default)s)")
    return parser.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    try:
        coverage, held_as = coverage_table(args.url, args.standards, args.holder_kinds)
        table = like_for_like(args.url)
        series = metric_series(args.url, args.metrics)
    except (ApiError, requests.RequestException) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    pivot = by_year(series)

    with pd.option_context("display.width", 250, "display.max_columns", 20, "display.max_rows", 200, "display.max_colwidth", 60):
        print(f"Standards coverage (holdings counted: {', '.join(args.holder_kinds)})\n")
        print(coverage.to_string())
        print("\nHow each standard is held\n")
        print(held_as.to_string())
        print("\nLike for like: each company's latest year\n")
        print(table.drop(columns="notes").to_string())
        print("\nMetric series by year\n")
        print(pivot.to_string())

    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        coverage.to_csv(args.out / "coverage.csv")
        held_as.to_csv(args.out / "held_as.csv")
        table.to_csv(args.out / "like_for_like.csv")
        series.to_csv(args.out / "ghg_series.csv", index=False)
        pivot.to_csv(args.out / "ghg_by_year.csv")
        print(f"\nwrote coverage.csv, held_as.csv, like_for_like.csv, ghg_series.csv and ghg_by_year.csv to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
