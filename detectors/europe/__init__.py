"""Personal identity numbers of European states, for data of expatriates and European
companies in the region (GDPR applies beside PIPL and the PDPAs)."""
