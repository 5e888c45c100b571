"""Imported by the web workers' fork server (a preload): the pipeline is built there once, so
every worker forked from it starts warm."""
from ..batch.worker import warm_up

warm_up()
