-- Accounts of the departments that receive work from customer service (security, cleaning, greening)
-- carried the customer-service commissioner role, so they passed customer service's checks and received
-- its return-visit tasks. They are department staff.
UPDATE "Staff" SET "role" = 'DEPT_STAFF'
WHERE "role" = 'SERVICE_COMMISSIONER' AND "department" IN ('SECURITY', 'CLEANING', 'GREENING');
