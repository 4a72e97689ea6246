"""The pipeline floor: from per-document results to a published version.

Above extractors/ and normalize/ (which it calls), below flows/ and the command line (which
call it). Nothing here imports Prefect.
"""
