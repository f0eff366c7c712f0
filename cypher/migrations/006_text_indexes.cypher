// `contains` / `endsWith` / `startsWith` on the names people filter by most (the simplified Chinese
// name, a standard's code) are answered from TEXT indexes, not by reading every node of the label
// (bench/results/cost-calibration.md shows the plans).
CREATE TEXT INDEX company_name_zh_hans_text IF NOT EXISTS FOR (n:Company) ON (n.nameZhHans);
CREATE TEXT INDEX alliance_name_zh_hans_text IF NOT EXISTS FOR (n:Alliance) ON (n.nameZhHans);
CREATE TEXT INDEX organization_name_zh_hans_text IF NOT EXISTS FOR (n:Organization) ON (n.nameZhHans);
CREATE TEXT INDEX programme_name_zh_hans_text IF NOT EXISTS FOR (n:Programme) ON (n.nameZhHans);
CREATE TEXT INDEX standard_code_text IF NOT EXISTS FOR (n:Standard) ON (n.code);
