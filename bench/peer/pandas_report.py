"""The pandas + Plotly peer for NetworkAdvisor's report benchmark (issue 8).

What an analyst would write: skip LinkedIn's Notes preamble, read Connections.csv, parse the dates,
count the top companies and positions, monthly adds with a cumulative sum, and write one HTML page
with plotly.js inlined. Usage: python3 pandas_report.py Connections.csv out.html
"""
import io
import sys

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots


def read_connections(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    start = text.find("First Name,")
    return pd.read_csv(io.StringIO(text[start:] if start >= 0 else text), dtype=str, keep_default_na=False)


def main(source, target):
    df = read_connections(source)
    df["Connected On"] = pd.to_datetime(df["Connected On"], format="%d %b %Y", errors="coerce")
    companies = df.loc[df["Company"] != "", "Company"].value_counts().head(15)
    positions = df.loc[df["Position"] != "", "Position"].value_counts().head(15)
    monthly = df.set_index("Connected On").resample("MS").size()
    cumulative = monthly.cumsum()
    fig = make_subplots(rows=3, cols=1, subplot_titles=("Monthly adds", "Top companies", "Top positions"),
                        specs=[[{"secondary_y": True}], [{}], [{}]])
    fig.add_trace(go.Bar(x=monthly.index, y=monthly.values, name="added"), row=1, col=1)
    fig.add_trace(go.Scatter(x=cumulative.index, y=cumulative.values, name="cumulative"), row=1, col=1, secondary_y=True)
    fig.add_trace(go.Bar(x=companies.values, y=companies.index, orientation="h", name="companies"), row=2, col=1)
    fig.add_trace(go.Bar(x=positions.values, y=positions.index, orientation="h", name="positions"), row=3, col=1)
    fig.write_html(target, include_plotlyjs=True, full_html=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
