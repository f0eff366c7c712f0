#!/usr/bin/env python3
"""Cross-company tables from the esg-graph API, as pandas DataFrames.

Asks the GraphQL API for
  * the companies x standards coverage matrix (which company holds which standard), and
  * the GHG emission series (scope 1, 2, 3 and total) across companies and years,
prints them, and with --out writes them as CSV files:
  coverage.csv        one row per company, one True/False column per standard code, held_count
  ghg_series.csv      one row per (metric, company, year): value in the series unit, as reported
  ghg_by_year.csv     the same pivoted: one row per (metric, company), one column per year

Usage:
  python cross_company_table.py [URL] [--out DIR] [--standards ID ...] [--metrics KEY ...]

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

COVERAGE_QUERY = """
query Coverage($standards: [ID!]) {
  coverage(standardIds: $standards) {
    standards { id code }
    rows {
      company { id name }
      heldCount
      cells { standard { id } held }
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
      converted
    }
  }
}
"""


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


def coverage_table(url, standards=None):
    """Companies x standards: True where the company (or a subsidiary, facility, ...) holds it."""
    coverage = graphql(url, COVERAGE_QUERY, {"standards": standards})["coverage"]
    codes = {s["id"]: s["code"] for s in coverage["standards"]}
    records = []
    for row in coverage["rows"]:
        record = {"company_id": row["company"]["id"], "company": row["company"]["name"]}
        record.update({codes[c["standard"]["id"]]: c["held"] for c in row["cells"]})
        record["held_count"] = row["heldCount"]
        records.append(record)
    columns = ["company_id", "company", *codes.values(), "held_count"]
    return pd.DataFrame.from_records(records, columns=columns).set_index("company_id")


def metric_series(url, keys):
    """One row per (metric, company, year), values in each series' unit."""
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
                "converted": p["converted"],
            })
    columns = ["metric", "company_id", "company", "year", "value", "unit", "reported_value", "reported_unit", "converted"]
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
                        help="standard ids (default: the API's: ISO/IEC 27001, ISO 14001, ISO 45001, ISO 9001)")
    parser.add_argument("--metrics", nargs="+", metavar="KEY", default=DEFAULT_METRICS,
                        help="metric keys (default: %(default)s)")
    return parser.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    try:
        coverage = coverage_table(args.url, args.standards)
        series = metric_series(args.url, args.metrics)
    except (ApiError, requests.RequestException) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    pivot = by_year(series)

    with pd.option_context("display.width", 200, "display.max_columns", 20, "display.max_rows", 200):
        print("Standards coverage\n")
        print(coverage.to_string())
        print("\nMetric series by year\n")
        print(pivot.to_string())

    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        coverage.to_csv(args.out / "coverage.csv")
        series.to_csv(args.out / "ghg_series.csv", index=False)
        pivot.to_csv(args.out / "ghg_by_year.csv")
        print(f"\nwrote coverage.csv, ghg_series.csv and ghg_by_year.csv to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
